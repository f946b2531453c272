//! Writing integers as Chinese numerals, the inverse of the parser (used by its property tests).

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL: [char; 3] = ['十', '百', '千'];

/// Style choices when writing a Chinese numeral.
///
/// ```
/// use jianbao::quantities::format::{to_chinese, Style};
/// assert_eq!(to_chinese(2222, Style { liang: true, ..Style::default() }), "两千两百二十二");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Write 两 for a 2 that multiplies a unit (两千, 两万), as speech does.
    pub liang: bool,
    /// Write 一十 for a leading 十 (一十五 rather than 十五).
    pub yi_shi: bool,
}

/// `n` as a Chinese numeral with the 零 rules: one 零 for each run of missing units, none at the end.
///
/// ```
/// use jianbao::quantities::format::{to_chinese, Style};
/// assert_eq!(to_chinese(1012, Style::default()), "一千零一十二");
/// assert_eq!(to_chinese(100_000_010, Style::default()), "一亿零一十");
/// assert_eq!(to_chinese(15, Style::default()), "十五");
/// assert_eq!(to_chinese(0, Style::default()), "零");
/// ```
pub fn to_chinese(n: u64, style: Style) -> String {
    if n == 0 {
        return "零".to_string();
    }
    // Groups of four digits, most significant first, with their big unit.
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push((rest % 10_000) as u16);
        rest /= 10_000;
    }
    let mut out = String::new();
    let mut zero_pending = false;
    for (idx, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending || (!out.is_empty() && g < 1000) {
            out.push('零');
        }
        zero_pending = false;
        let leading = out.is_empty();
        write_group(&mut out, g, style, leading);
        // 兆 is 10^12 here; groups beyond it repeat 万 and 亿 after 兆 is reached.
        let big = match idx {
            0 => "",
            1 => "万",
            2 => "亿",
            3 => "兆",
            4 => "万兆",
            _ => "亿兆",
        };
        out.push_str(big);
    }
    out
}

fn write_group(out: &mut String, g: u16, style: Style, leading: bool) {
    let ds = [g / 1000, g / 100 % 10, g / 10 % 10, g % 10];
    let mut zero = false;
    let mut started = false;
    for (pos, &d) in ds.iter().enumerate() {
        if d == 0 {
            zero = started;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        let unit = 3 - pos;
        let lone_ten = unit == 1 && d == 1 && !started && leading && !style.yi_shi;
        if !lone_ten {
            let c = if d == 2 && unit >= 2 && style.liang {
                '两'
            } else {
                DIGITS[d as usize]
            };
            out.push(c);
        }
        if unit > 0 {
            out.push(SMALL[unit - 1]);
        }
        started = true;
    }
}
