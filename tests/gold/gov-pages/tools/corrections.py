#!/usr/bin/env python3
"""The labeller's decisions, page by page: kind, and what was corrected in each draft.

Usage (from the repository root): python3 tests/gold/gov-pages/tools/corrections.py

Each page() line names a page, its kind, and the corrections made after reading it against the
page: drop (lines to remove), cut_from (drop this line and all after it), span (the text is the
page's lines from A to B, for pages without a known template), replace, truncate_at, and explicit
headline / date / doc / author / text. A body line or block that repeats the headline exactly is
removed everywhere. Running it rewrites gold.jsonl from tools/draft.py's drafts and these
decisions (split: alternate within each site and kind), so a change of mind is one line here.
"""
import json, os, re, sys
from pathlib import Path
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
import draft
ROOT = TOOLS.parents[3]
os.chdir(ROOT)
H = '../shared/corpus/gov-pages/html/'
NOART = dict(headline=None, date=None, text='', doc=None)
P = []
def page(name, kind, **kw): P.append((name, kind, kw))

# ---- www.gov.cn news (current template)
page('gov-24', 'news')
page('gov-42', 'news', author='梁建强 李思远')
page('gov-113', 'news')
page('gov-136', 'news')
page('gov-215', 'news')
page('gov-233', 'news', author='何雨欣 杜宇')
page('gov-285', 'bulletin')          # 通报 of typical cases, reprinted
page('gov-316', 'news')
page('gov-404', 'news', author='汤一原 吴迪')
page('gov-461', 'news', author='刘东凯')
page('gov-531', 'notice')            # 征求意见 notice with attachment line
page('gov-702', 'news')              # Q&A
page('gov-772', 'news', cut_from='最新|活动|出访')
page('gov-1140', 'news')
page('gov-1410', 'news')
# ---- www.gov.cn older articles moved into the template
page('gov-240', 'interview')
page('gov-439', 'news')
page('gov-735', 'news')
page('gov-881', 'news')
# ---- statistics releases
page('gov-72', 'statistics')
page('gov-709', 'statistics')
page('gov-946', 'statistics')
page('gov-1120', 'statistics')       # the price table itself is an image
# ---- 令 (regulations with an order number)
page('gov-71', 'notice', doc='发展改革委令第1号')
page('gov-130', 'notice', doc='发展改革委令第17号')
# ---- galleries
page('gov-234', 'gallery')
page('gov-1175', 'gallery', drop=['首页 <<上一页'], headline='李克强总理访问欧洲10月10日图集')
# ---- list / index
page('gov-287', 'list', **NOART)
# ---- bjjs.gov.cn
page('beijing-291', 'notice')
page('beijing-90', 'news')
page('beijing-109', 'notice')
page('beijing-18', 'announcement')
page('beijing-519', 'notice')
page('beijing-392', 'notice', doc=None)
# ---- Shanghai portal (sina)
page('shanghai-7', 'news')
page('shanghai-56', 'statistics', drop=['欢迎发表评论'])

# ---- batch 2
page('gov-1194', 'notice', doc='国务院令第626号')
page('gov-1386', 'notice', doc='工业和信息化部令第23号')
page('gov-646', 'gallery', text='', headline='图解：云南鲁甸6.5级地震', date='2014-08-07')             # an infographic: the only text is a 点击查看大图 prompt
page('gov-955', 'gallery')
page('gov-653', 'interview')
page('gov-1434', 'data', text='', headline='住宿和餐饮业 旅游', date='2014-02-19')   # a data page: the chart is elsewhere
page('gov-1485', 'interview')                   # press conference transcript
page('gov-617', 'news', author='韩洁 高立')
page('gov-656', 'news')
page('gov-890', 'news', author='于华鹏')
page('gov-89', 'news', span=('周强在国家法官学院新校区调研时强调', '最高人民法院副院长贺荣主持座谈会'),
     headline='周强：建设一流的法官培训教育基地', date='2014-09-28', author='罗书臻')   # www.court.gov.cn page
page('gov-544', 'reference', span=('世界遗产委员会评价', '九寨沟的奇山异水'),
     headline='世界自然遗产——九寨沟', date='2006-03-29')
page('gov-397', 'list', **NOART)
page('gov-1176', 'list', **NOART)
page('gov-1316', 'list', **NOART)
page('gov-12', 'damaged', **{**NOART, 'date': '2014-10-20'})   # the date digits survive the damage
page('gov-459', 'damaged', **NOART)
page('gov-1288', 'damaged', **NOART)            # 本网页已删除
page('beijing-588', 'notice')
page('beijing-720', 'notice')
page('beijing-94', 'notice')
page('beijing-83', 'news')
page('beijing-672', 'news')
page('beijing-416', 'news', drop=['来源： 浏览次数：'])
page('beijing-452', 'news')
page('beijing-390', 'announcement')
page('beijing-686', 'announcement')
page('beijing-167', 'announcement')
page('beijing-63', 'announcement')
page('beijing-188', 'reference')
page('beijing-479', 'gallery', text='', headline='石景山房屋登记大厅窗口', date='2012-11-21')   # the article is one image
page('beijing-307', 'list', **NOART)
page('beijing-694', 'list', **NOART)
page('beijing-217', 'list', **NOART)
page('beijing-100', 'service', **NOART)         # 机构设置: two tabs, no text
page('beijing-40', 'service', **NOART)          # 服务大厅: a menu of procedures
page('beijing-57', 'reference', span=('本网站内容由', '任何媒体或互联网站不得'), headline='网站声明', date=None)
page('shanghai-9', 'news', author='陆鸣 王齐')
page('shanghai-45', 'news', author='叶锋', truncate_at='(记者 叶锋)')   # the page prints the article twice: once is the article
page('shanghai-159', 'news', drop=['欢迎发表评论'])
page('shanghai-52', 'reference', span=('新浪公司独立拥有', '违反上述声明'), headline='知识产权声明', date=None)
page('shanghai-149', 'list', **NOART)

# ---- batch 3
page('beijing-744', 'notice', doc='京政办发〔2011〕31号')
page('beijing-647', 'notice')                  # 转发 without a number of its own (财行〔2013〕286号 is cited)
page('beijing-657', 'notice', doc='京财采购〔2014〕1005号')
page('beijing-618', 'notice')
page('beijing-717', 'notice', doc='北京市人民政府令（2011）第230号')
page('beijing-279', 'announcement')
page('beijing-597', 'announcement')
page('beijing-678', 'news')
page('beijing-133', 'news')
page('beijing-367', 'news')
page('gov-1330', 'report')                     # the 2014 government work report, as delivered
page('gov-592', 'report')
page('gov-581', 'notice', doc='国办发[2008]74号', date='2008-07-10')   # no date on the page: the 成文日期
page('gov-1211', 'notice', doc='主席令第四十二号')
page('gov-853', 'notice', doc='安全监管总局令第54号')
page('gov-1340', 'interview')
page('gov-97', 'news')
page('gov-1101', 'reference')
page('gov-827', 'reference', span=('福建永定县下洋镇初溪土楼群', '我要让女儿去学英语'),
     headline='生土夯就的中国世界文化遗产——福建土楼', date='2008-07-08', author='巫奕龙 孟昭丽')   # old gov.cn page
page('gov-1181', 'list', **NOART)
page('gov-844', 'damaged', **{**NOART, 'date': '2012-09-13'})
page('gov-908', 'damaged', **{**NOART, 'date': '2013-08-30'})
page('shanghai-13', 'news', drop=['（责任编辑：王沥慷）', '欢迎发表评论'])
page('shanghai-54', 'news', cut_from='本文导航', drop=['上一页123下一页'])
page('shanghai-138', 'news', drop=['right', 'left'], replace=[('无锡中邦MOHO (论坛 相册 户型 样板间 点评 地图搜索)', '无锡中邦MOHO')])
page('shanghai-30', 'news', drop=['上一页123456789下一页', '欢迎发表评论'])
page('shanghai-26', 'news')
page('shanghai-66', 'statistics', drop=['欢迎发表评论'])
page('shanghai-197', 'list', **NOART)          # a year-end topic page of teasers

# ---- batch 4
page('beijing-226', 'guide', span=('事项名称 一级建造师证书遗失补办', '提示：上述材料中提交复印件的'),
     headline='一级建造师证书遗失补办（含一级临时建造师）', date=None)   # 办事指南 tab; forms and file tabs are link lists
page('beijing-543', 'guide', span=('事项名称 建筑业企业新设立资质申请', '提示：上述材料中申报资料复印件'),
     headline='建筑业企业新设立资质申请', date=None)
page('gov-1338', 'reference')
page('gov-867', 'interview')
page('gov-1190', 'reference')
page('gov-114', 'reference')

def build():
    out = []
    count = {}
    for name, kind, kw in P:
        path = H + name + '.html'
        empty = {'headline': None, 'date': None, 'text': '', 'doc_number': None}
        d = draft.draft(path, False) if 'text' not in kw and 'span' not in kw else empty
        if 'span' in kw:
            view = draft.to_text(draft.decode(open(path, 'rb').read())).split('\n')
            a = next(i for i, l in enumerate(view) if kw['span'][0] in l)
            b = next(i for i, l in enumerate(view) if i >= a and kw['span'][1] in l)
            d = {'headline': None, 'date': None, 'doc_number': None, 'text': '\n'.join(view[a:b + 1])}
        lines = d['text'].split('\n') if d['text'] else []
        if 'cut_from' in kw:
            i = next(i for i, l in enumerate(lines) if kw['cut_from'] in l)
            lines = lines[:i]
        for x in kw.get('drop', []):
            n = len(lines); lines = [l for l in lines if x not in l]; assert len(lines) < n, (name, x)
        for a, b in kw.get('replace', []):
            t = '\n'.join(lines); assert a in t, (name, a); lines = t.replace(a, b).split('\n')
        # a line or block of lines near the top that repeats the headline exactly is the headline
        head = kw.get('headline', d['headline'])
        if head and 'text' not in kw:  # span pages too
            nh = re.sub(r'\s+', '', head)
            hit = next(((a, k) for a in range(min(6, len(lines))) for k in range(1, 5)
                        if re.sub(r'\s+', '', ''.join(lines[a:a + k])) == nh), None)
            if hit:
                del lines[hit[0]:hit[0] + hit[1]]
        text = kw.get('text', '\n'.join(lines))
        if 'truncate_at' in kw:
            text = text[:text.index(kw['truncate_at']) + len(kw['truncate_at'])]
        site = name.split('-')[0]
        k = (site, kind); count[k] = count.get(k, 0) + 1
        out.append({'path': path, 'split': 'dev' if count[k] % 2 else 'check', 'kind': kind,
                    'headline': kw.get('headline', d['headline']), 'date': kw.get('date', d['date']),
                    'text': text, 'doc_number': kw.get('doc', d['doc_number'] if site == 'beijing' and lines and lines[0] == d['doc_number'] else None), 'author': kw.get('author')})
    return out

if __name__ == '__main__':
    rows = build()
    with open(TOOLS.parent / 'gold.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'pages')
