//! The 公文 frame of an official document (GB/T 9704): the parts around the body.

use super::Span;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The frame around an official document's body: 发文机关标志, 发文字号, 主送, 附件说明, 署名 and
/// 成文日期, 附注, 抄送, 印发. Each part carries the span of its source text.
///
/// ```
/// use jianbao::{parse_str, Options};
/// let doc = parse_str(
///     "关于开展检查的通知\n各有关单位：\n现将有关事项通知如下。\n特此通知。\n北京市住房和城乡建设委员会\n2014年11月2日\n",
///     &Options::default(),
/// );
/// let f = doc.frame.unwrap();
/// assert_eq!(f.doc_type.as_deref(), Some("通知"));
/// assert_eq!(f.recipients.unwrap().items, ["各有关单位"]);
/// let s = f.signature.unwrap();
/// assert_eq!((s.issuers[0].as_str(), s.date.as_deref()), ("北京市住房和城乡建设委员会", Some("2014-11-02")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Frame {
    /// 文种, from the title's last word: 通知, 批复, 函 ….
    pub doc_type: Option<String>,
    /// 发文机关标志, the red-header line ending in 文件.
    pub issuer_mark: Option<String>,
    /// 发文字号: 京建发〔2015〕120号.
    pub doc_number: Option<DocNumber>,
    /// 主送机关, the line before the body ending in ：.
    pub recipients: Option<ItemList>,
    /// 附件说明: 附件：1. … 2. ….
    pub attachments: Vec<AttachmentNote>,
    /// 署名 and 成文日期.
    pub signature: Option<Signature>,
    /// 附注: （此件公开发布）.
    pub note: Option<Note>,
    /// 抄送 organs.
    pub cc: Option<ItemList>,
    /// 印发机关和印发日期.
    pub printed: Option<Printed>,
    /// A bulletin's 报：/送：/发： lines.
    pub distribution: Vec<Distribution>,
}

/// A 发文字号: 机关代字, year and serial number.
///
/// ```
/// use jianbao::structure::frame::doc_number;
/// let n = doc_number("京建发〔2015〕120号").unwrap();
/// assert_eq!((n.code.as_str(), n.year, n.serial), ("京建发", 2015, 120));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct DocNumber {
    /// The number as written.
    pub text: String,
    /// 机关代字: 京建发, 国函.
    pub code: String,
    /// The year in the brackets.
    pub year: i32,
    /// 发文顺序号.
    pub serial: u32,
    /// Where the number stands.
    pub span: Span,
}

/// A list of organs: 主送 or 抄送.
///
/// ```
/// use jianbao::ItemList;
/// let mut l = ItemList::default();
/// l.items.push("商务部".into());
/// assert_eq!(l.items.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct ItemList {
    /// The organs, in order.
    pub items: Vec<String>,
    /// The whole line.
    pub span: Span,
}

/// One entry of the 附件说明.
///
/// ```
/// use jianbao::AttachmentNote;
/// let mut a = AttachmentNote::default();
/// (a.ordinal, a.title) = (Some(1), "实施方案".into());
/// assert_eq!(a.ordinal, Some(1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct AttachmentNote {
    /// The attachment's number, when the list numbers them.
    pub ordinal: Option<u32>,
    /// The attachment's title.
    pub title: String,
    /// Where the entry stands.
    pub span: Span,
}

/// 署名 and 成文日期.
///
/// ```
/// use jianbao::Signature;
/// let mut s = Signature::default();
/// (s.issuers, s.date) = (vec!["财政部".into()], Some("2015-03-05".into()));
/// assert_eq!(s.issuers, ["财政部"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Signature {
    /// The issuing organs, one or several.
    pub issuers: Vec<String>,
    /// 成文日期, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// From the first issuer line to the date.
    pub span: Span,
}

/// 附注: （此件公开发布）.
///
/// ```
/// use jianbao::Note;
/// assert!(Note::default().text.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Note {
    /// The note as written, with its brackets.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// 印发机关和印发日期: "某某办公室  2015年3月10日印发".
///
/// ```
/// use jianbao::Printed;
/// assert_eq!(Printed::default().date, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Printed {
    /// The printing office.
    pub issuer: Option<String>,
    /// The printing date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The whole line.
    pub span: Span,
}

/// A bulletin's distribution line: 报：…, 送：…, 发：….
///
/// ```
/// use jianbao::Distribution;
/// let mut d = Distribution::default();
/// (d.label, d.items) = ("报".into(), vec!["市委".into()]);
/// assert_eq!(d.label, "报");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Distribution {
    /// The label: 报, 送, 发, 抄报 ….
    pub label: String,
    /// The organs.
    pub items: Vec<String>,
    /// The whole line.
    pub span: Span,
}

/// Whether an article is the document's body or an attachment printed after the signature.
///
/// ```
/// use jianbao::Role;
/// assert_eq!(serde_json::to_string(&Role::Attachment).unwrap(), "\"attachment\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Role {
    /// The document's own text.
    #[default]
    Body,
    /// An attachment (附件) printed after the signature.
    Attachment,
}

impl Frame {
    /// Every span of the frame, for re-basing them onto another text.
    ///
    /// ```
    /// use jianbao::Frame;
    /// let mut f = Frame::default();
    /// assert!(f.spans_mut().is_empty());
    /// ```
    pub fn spans_mut(&mut self) -> Vec<&mut Span> {
        let mut out: Vec<&mut Span> = Vec::new();
        out.extend(self.doc_number.as_mut().map(|n| &mut n.span));
        out.extend(self.recipients.as_mut().map(|n| &mut n.span));
        out.extend(self.attachments.iter_mut().map(|n| &mut n.span));
        out.extend(self.signature.as_mut().map(|n| &mut n.span));
        out.extend(self.note.as_mut().map(|n| &mut n.span));
        out.extend(self.cc.as_mut().map(|n| &mut n.span));
        out.extend(self.printed.as_mut().map(|n| &mut n.span));
        out.extend(self.distribution.iter_mut().map(|n| &mut n.span));
        out
    }

    /// Whether the text showed none of the frame.
    ///
    /// ```
    /// use jianbao::Frame;
    /// assert!(Frame::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        *self == Frame::default()
    }
}
