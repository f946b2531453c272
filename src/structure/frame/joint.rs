//! Joint issuers printed as one run of characters: the 署名 of a joint notice whose page lost the
//! spaces between the organs (北京市住房保障办公室北京市保障性住房建设投资中心 / 2014年8月1日).
//!
//! Serves joint 通知 and 通报 of several 机关 (ministries, commissions, a city's offices and its
//! centres) whose signature line reached the text without separators. A run is cut into organs
//! only when every piece is a whole organ by the general rules, not by names seen:
//! - each piece ends in a 机关 ending (部, 委员会, 局, 厅, 办公室, 人民政府, 银行, 中心, …) with at
//!   least two characters before it (国务院办公厅 is one organ, not 国务院 + 办公厅);
//! - each piece after the first opens as an issuer's name opens: with a place name (北京市, 河北省,
//!   东城区), a state prefix (中华人民共和国, 中国, 中共, 国家, 国务院, 全国), or it is a short name
//!   with the same ending as the piece before it (住房城乡建设部财政部: parallel ministries).
//!
//! An organ's inner department (中国人民银行营业管理部, 中共北京市委组织部) opens with none of these,
//! and a branch (…东城区分局) is part of the organ before it: both stay whole.

use super::parts::{BRANCH_SUFFIXES, organ_suffix, strip_tail};

/// Prefixes of state organs' names.
const STATE_PREFIXES: &[&str] = &["中华人民共和国", "中国", "中共", "国家", "国务院", "全国"];

/// Administrative-division endings of a place name at the head of an organ's name.
const PLACE_ENDINGS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗'];

/// Organ endings after which a joint run may be cut: those of 机关 that sign documents.
const CUT_ENDINGS: &[&str] = &[
    "人民政府",
    "委员会",
    "办公厅",
    "办公室",
    "政府",
    "银行",
    "中心",
    "总局",
    "部",
    "委",
    "局",
    "厅",
    "署",
];

/// The organs of `run`, when it is several whole organs printed one after the other; `None`
/// when it reads as one organ.
///
/// ```
/// use jianbao::structure::frame::split_joint;
/// assert_eq!(
///     split_joint("住房城乡建设部财政部中国人民银行").unwrap(),
///     ["住房城乡建设部", "财政部", "中国人民银行"]
/// );
/// assert_eq!(split_joint("中国人民银行营业管理部"), None);
/// assert_eq!(split_joint("国务院办公厅"), None);
/// ```
pub fn split_joint(run: &str) -> Option<Vec<String>> {
    let run = run.trim();
    if run.chars().nth(80).is_some() || run.chars().any(|c| !is_han(c)) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut rest = run;
    // Each piece is the shortest head of the rest that ends in a cut ending and leaves a rest
    // that opens a new organ; the last piece is what remains. Names are short (≤ 80 chars), so
    // the scan of each head is bounded.
    while !rest.is_empty() {
        let cut = rest.char_indices().skip(2).map(|(i, _)| i).find(|&i| {
            let (head, tail) = rest.split_at(i);
            let Some(end) = cut_ending(head) else {
                return false;
            };
            whole(head) && whole(tail) && !inside_ending(rest, i) && opens_organ(tail, end)
        });
        match cut {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = &rest[i..];
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    // A branch after its organ (北京市规划委员会东城区分局) is one organ's part.
    let branch = |p: &String| BRANCH_SUFFIXES.iter().any(|b| strip_tail(p).ends_with(b));
    (out.len() > 1 && out.iter().all(|p| whole(p)) && !out[1..].iter().any(branch)).then_some(out)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The cut ending `head` ends in.
fn cut_ending(head: &str) -> Option<&'static str> {
    CUT_ENDINGS.iter().copied().find(|e| head.ends_with(e))
}

/// Whether a cut at `i` falls inside a longer ending (委|员会 of 委员会, 政|府).
fn inside_ending(s: &str, i: usize) -> bool {
    s[i..]
        .char_indices()
        .skip(1)
        .take(3)
        .map(|(k, _)| i + k)
        .chain(
            // The whole rest, when it ends within three characters of the cut.
            (s[i..].chars().count() <= 3).then_some(s.len()),
        )
        .any(|j| cut_ending(&s[..j]).is_some_and(|e| e.len() > j - i))
}

/// A whole organ name: an organ ending with two characters or more before it.
fn whole(p: &str) -> bool {
    let p = strip_tail(p);
    organ_suffix(p).is_some_and(|s| p.chars().count() >= s.chars().count() + 2)
}

/// Whether `tail` opens as an issuer's name: a place name, a state prefix, or a short name with
/// the ending `before` of the organ it follows.
fn opens_organ(tail: &str, before: &str) -> bool {
    if STATE_PREFIXES.iter().any(|p| tail.starts_with(p)) {
        return true;
    }
    // 北京市, 河北省, 东城区, 内蒙古自治区: two to five characters, then a division ending.
    let place = tail
        .chars()
        .take(6)
        .enumerate()
        .any(|(i, c)| i >= 2 && PLACE_ENDINGS.contains(&c));
    let parallel = tail
        .char_indices()
        .skip(3)
        .take(6)
        .map(|(i, _)| &tail[..i])
        .chain(std::iter::once(tail).filter(|t| t.chars().count() <= 8))
        .any(|head| head.ends_with(before) && whole(head));
    place || parallel
}

#[cfg(test)]
mod tests {
    use super::split_joint;

    #[test]
    fn joint_runs_and_single_organs() {
        let split = |s: &str| split_joint(s).unwrap_or_default();
        assert_eq!(
            split("北京市住房和城乡建设委员会北京市规划委员会"),
            ["北京市住房和城乡建设委员会", "北京市规划委员会"]
        );
        assert_eq!(
            split("国家发展和改革委员会国家能源局"),
            ["国家发展和改革委员会", "国家能源局"]
        );
        assert_eq!(
            split("天津市人民政府河北省人民政府"),
            ["天津市人民政府", "河北省人民政府"]
        );
        for one in [
            "北京市住房和城乡建设委员会",
            "中共北京市委组织部",
            "北京市人民政府办公厅",
            "国务院国有资产监督管理委员会",
            "北京市规划委员会东城区分局",
            "公安部交通管理局",
            "住房城乡建设部住房公积金监管司",
            "国家税务总局办公厅",
        ] {
            assert_eq!(split_joint(one), None, "{one}");
        }
    }
}
