//! Exact numeric values: integers stay integers and decimals carry no float noise.

#[cfg(feature = "serde")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A number as written: an exact decimal `mantissa × 10^-scale`, or a float where no exact
/// decimal exists (fractions such as 三分之一, or magnitudes beyond `i128`).
///
/// In JSON an exact integer is written with all its digits (serde_json writes integers above 2^53
/// exactly; readers that parse JSON numbers into doubles, as JavaScript does, will round them), and
/// an exact decimal is written as the shortest double that reads back to it, so 百分之一点五七 is `1.57`.
///
/// ```
/// use jianbao::Value;
/// let v = Value::decimal(157, 2);
/// assert_eq!(v.to_string(), "1.57");
/// assert_eq!(serde_json::to_string(&v).unwrap(), "1.57");
/// assert_eq!(Value::int(4_569_831_148_725_382).as_i128(), Some(4_569_831_148_725_382));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Value {
    /// `mantissa × 10^-scale`, normalised (no trailing zeros in the mantissa when `scale > 0`).
    Exact {
        /// The digits.
        mantissa: i128,
        /// How many of them are after the decimal point.
        scale: u32,
    },
    /// A value with no exact decimal form.
    Float(f64),
}

const MAX_SCALE: u32 = 30;

/// `10^n` when it fits an `i128` (n ≤ 38), from a table.
pub(crate) fn pow10_i128(n: u32) -> Option<i128> {
    const POW10: [i128; 39] = {
        let mut t = [1i128; 39];
        let mut k = 1;
        while k < 39 {
            t[k] = t[k - 1] * 10;
            k += 1;
        }
        t
    };
    POW10.get(n as usize).copied()
}

impl Value {
    /// An integer.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::int(12).to_string(), "12");
    /// ```
    pub fn int(n: i128) -> Self {
        Value::Exact {
            mantissa: n,
            scale: 0,
        }
    }

    /// `mantissa × 10^-scale`, normalised.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::decimal(4800, 3), Value::decimal(48, 1));
    /// ```
    pub fn decimal(mut mantissa: i128, mut scale: u32) -> Self {
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        if scale > MAX_SCALE {
            return Value::Float(mantissa as f64 / 10f64.powi(scale as i32));
        }
        Value::Exact { mantissa, scale }
    }

    /// The value as an `f64` (rounded).
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::decimal(25, 1).to_f64(), 2.5);
    /// ```
    pub fn to_f64(self) -> f64 {
        match self {
            Value::Exact { mantissa, scale } => {
                if scale == 0 {
                    mantissa as f64
                } else {
                    // Through the decimal text, so 1.57 is the double nearest 1.57.
                    format!("{}", self).parse().unwrap_or(f64::NAN)
                }
            }
            Value::Float(f) => f,
        }
    }

    /// The value as an integer, when it is one.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::int(7).as_i128(), Some(7));
    /// assert_eq!(Value::decimal(75, 1).as_i128(), None);
    /// ```
    pub fn as_i128(self) -> Option<i128> {
        match self {
            Value::Exact { mantissa, scale: 0 } => Some(mantissa),
            _ => None,
        }
    }

    /// Whether the value is zero.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert!(Value::int(0).is_zero());
    /// ```
    pub fn is_zero(self) -> bool {
        match self {
            Value::Exact { mantissa, .. } => mantissa == 0,
            Value::Float(f) => f == 0.0,
        }
    }

    /// The mantissa and scale of an exact value.
    fn parts(self) -> Option<(i128, u32)> {
        match self {
            Value::Exact { mantissa, scale } => Some((mantissa, scale)),
            Value::Float(_) => None,
        }
    }

    /// Both mantissas at the larger of the two scales.
    fn aligned(a: Value, b: Value) -> Option<(i128, i128, u32)> {
        let ((ma, sa), (mb, sb)) = (a.parts()?, b.parts()?);
        let s = sa.max(sb);
        let ma = ma.checked_mul(pow10_i128(s - sa)?)?;
        let mb = mb.checked_mul(pow10_i128(s - sb)?)?;
        Some((ma, mb, s))
    }

    /// `self + other`, exact when both are exact and it fits.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::int(2000).plus(Value::decimal(5, 1)).to_string(), "2000.5");
    /// ```
    pub fn plus(self, other: Value) -> Value {
        if let Some((a, b, s)) = Value::aligned(self, other)
            && let Some(m) = a.checked_add(b)
        {
            return Value::decimal(m, s);
        }
        Value::Float(self.to_f64() + other.to_f64())
    }

    /// `self × other`, exact when both are exact and it fits.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::decimal(478, 2).times(Value::int(1_000_000_000_000)).as_i128(), Some(4_780_000_000_000));
    /// ```
    pub fn times(self, other: Value) -> Value {
        if let (Some((ma, sa)), Some((mb, sb))) = (self.parts(), other.parts())
            && let Some(m) = ma.checked_mul(mb)
        {
            return Value::decimal(m, sa + sb);
        }
        Value::Float(self.to_f64() * other.to_f64())
    }

    /// `self ÷ other`: exact when the quotient is a short decimal, else a float; `None` for ÷ 0.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::int(1).over(Value::int(1000)).unwrap().to_string(), "0.001");
    /// assert!(matches!(Value::int(1).over(Value::int(3)), Some(Value::Float(_))));
    /// ```
    pub fn over(self, other: Value) -> Option<Value> {
        if other.is_zero() {
            return None;
        }
        if let Some((a, b, _)) = Value::aligned(self, other) {
            // a/b exactly as a decimal with at most MAX_SCALE places, when it terminates.
            let mut num = a;
            for scale in 0..=MAX_SCALE {
                if num % b == 0 {
                    return Some(Value::decimal(num / b, scale));
                }
                num = num.checked_mul(10)?;
            }
        }
        Some(Value::Float(self.to_f64() / other.to_f64()))
    }

    /// The negated value.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::int(32).negate().as_i128(), Some(-32));
    /// ```
    pub fn negate(self) -> Value {
        match self {
            Value::Exact { mantissa, scale } => match mantissa.checked_neg() {
                Some(m) => Value::Exact { mantissa: m, scale },
                None => Value::Float(-(mantissa as f64)),
            },
            Value::Float(f) => Value::Float(-f),
        }
    }

    /// `10^n` as a value.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::pow10(4).as_i128(), Some(10_000));
    /// ```
    pub fn pow10(n: u32) -> Value {
        match pow10_i128(n) {
            Some(p) => Value::int(p),
            None => Value::Float(10f64.powi(n as i32)),
        }
    }

    /// Whether the value is a finite number (a numeral beyond 10^308 is not).
    ///
    /// ```
    /// use jianbao::Value;
    /// assert!(Value::int(7).is_finite() && !Value::Float(f64::INFINITY).is_finite());
    /// ```
    pub fn is_finite(self) -> bool {
        self.to_f64().is_finite()
    }

    /// Whether the value is an integer.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert!(Value::int(3).is_integer() && !Value::decimal(35, 1).is_integer());
    /// ```
    pub fn is_integer(self) -> bool {
        match self {
            Value::Exact { scale, .. } => scale == 0,
            Value::Float(f) => f.fract() == 0.0,
        }
    }
}

/// Values are equal when their decimals are equal. Beyond what a JSON reader keeps exactly
/// (integers above 2^53, decimals of more than 15 significant digits) and for floats, they are
/// equal when they agree to double precision, so a document read back from its JSON equals it.
impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        const EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;
        const EXACT_DIGITS: i128 = 1_000_000_000_000_000;
        let (a, b) = (self.to_f64(), other.to_f64());
        let kept = |v: &Value, f: f64| match v {
            Value::Exact { mantissa, scale: 0 } => {
                f.abs() <= EXACT_INTEGER || mantissa.unsigned_abs() < EXACT_DIGITS as u128
            }
            Value::Exact { mantissa, .. } => mantissa.unsigned_abs() < EXACT_DIGITS as u128,
            Value::Float(_) => false,
        };
        match Value::aligned(*self, *other) {
            Some((x, y, _)) if kept(self, a) && kept(other, b) => x == y,
            _ => a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Exact { mantissa, scale } => {
                if scale == 0 {
                    return write!(f, "{mantissa}");
                }
                let digits = mantissa.unsigned_abs().to_string();
                let scale = scale as usize;
                let sign = if mantissa < 0 { "-" } else { "" };
                if digits.len() > scale {
                    let (i, d) = digits.split_at(digits.len() - scale);
                    write!(f, "{sign}{i}.{d}")
                } else {
                    write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
                }
            }
            Value::Float(x) => write!(f, "{x}"),
        }
    }
}

#[cfg(feature = "serde")]
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Exact { mantissa, scale: 0 } => match i64::try_from(mantissa) {
                Ok(i) => s.serialize_i64(i),
                Err(_) => s.serialize_i128(mantissa),
            },
            _ => {
                let f = self.to_f64();
                if f.is_finite() {
                    s.serialize_f64(f)
                } else {
                    s.serialize_none()
                }
            }
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::int(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::int(v.into()))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
                Ok(Value::int(v))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Value, E> {
                i128::try_from(v)
                    .map(Value::int)
                    .map_err(|_| E::custom("integer out of range"))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::from_f64(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl Value {
    /// The exact decimal of the shortest text that reads back as `f`.
    ///
    /// ```
    /// use jianbao::Value;
    /// assert_eq!(Value::from_f64(1.57), Value::decimal(157, 2));
    /// ```
    pub fn from_f64(f: f64) -> Value {
        if !f.is_finite() {
            return Value::Float(f);
        }
        let text = format!("{f}");
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        match format!("{int}{frac}").parse::<i128>() {
            Ok(m) if frac.len() as u32 <= MAX_SCALE => Value::decimal(m, frac.len() as u32),
            _ => Value::Float(f),
        }
    }
}

impl std::ops::Add for Value {
    type Output = Value;
    fn add(self, other: Value) -> Value {
        self.plus(other)
    }
}

impl std::ops::Mul for Value {
    type Output = Value;
    fn mul(self, other: Value) -> Value {
        self.times(other)
    }
}

impl std::ops::Neg for Value {
    type Output = Value;
    fn neg(self) -> Value {
        self.negate()
    }
}
