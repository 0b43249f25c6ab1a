import type { UIStrings } from './en.ts';

/** 简体中文界面文字：键与 en.ts 一一对应（类型检查与单元测试保证）。 */
export const zh: UIStrings = {
	// Site chrome
	'site.name': '腾讯云 API 2.0 错误码',
	'site.tagline': '腾讯云 API 2.0 全部公共错误码，中英双语，附各来源原文。',
	'skip.link': '跳到正文',
	'nav.label': '主导航',
	'nav.codes': '全部错误码',
	'nav.format': '返回结果格式',
	'nav.clb': '旧版 CLB API',
	'nav.sources': '来源',
	'lang.switch': '阅读本页中文版',
	'footer.facts':
		'事实来自腾讯云 API 2.0“公共错误码”页面的{count}份导出版本，见“来源”。标为“本项目”的解释、建议与翻译由本项目撰写。',
	'footer.independent': '独立参考资料，与腾讯云无关联。',

	// Badges
	'badge.ours': '本项目撰写',
	'badge.oursTitle': '由本项目撰写，并非腾讯云原文',
	'badge.translation': '本项目翻译',
	'badge.translationTitle': '没有来源提供此语言的原文，此翻译出自本项目',

	// Home
	'home.title': '腾讯云 API 2.0 公共错误码',
	'home.lead':
		'API 2.0 返回结果中的 `code` 不为 0 即表示调用失败。在下表中找到你的错误码：每个页面说明其含义、处理方法以及各来源的原文。',
	'home.count': '共 {count} 个错误码，分为 {groups} 组。',
	'home.grouping': '分组由本项目划分；各来源将全部错误码列在同一张表中。',
	'table.code': '错误码',
	'table.title': '名称',
	'table.summary': '含义',

	// A code page
	'code.docTitle': '{code} {title}',
	'code.class': '分组',
	'code.cause': '原因',
	'code.action': '处理方法',
	'code.retry': '是否重试',
	'code.example': '错误响应示例',
	'code.exampleDocumented': '出处：{source}。',
	'code.exampleShape': '响应的结构示意。`message` 的内容因产品而异，文档中没有此错误码的示例。',
	'code.related': '相关错误码',
	'code.sources': '各来源原文',
	'code.sourcesLead': '各来源中 {code} 这一行的原文：已清除导出造成的乱码，其余与发布时一致。',
	'code.notListed': '以下来源未列出此错误码：{sources}。',
	'code.explanationNote': '以下解释由本项目根据下方各来源撰写。',
	'code.copyLink': '复制链接',
	'code.copied': '链接已复制',
	'code.copyFailed': '复制失败，请使用地址栏',
	'code.permalink': '{code} 的链接',
	'code.clb': '旧版 CLB API 2.0 文档中的说明',
	'code.clbLead': '旧版负载均衡（CLB）API 2.0 错误码页面对 {code} 的说明（英文原文）：',
	'code.clbLink': '旧版 CLB API 的全部错误码',
	'code.api3': 'API 3.0 对应错误码',
	'code.api3Lead': '与之最接近的腾讯云 API 3.0 公共错误码。对应关系由本项目整理，说明文字来自腾讯云。',
	'code.api3Code': 'API 3.0 错误码',
	'code.api3Match': '接近程度',
	'code.api3Official': '官方说明',
	'code.api3None': '没有与此错误码对应的 API 3.0 公共错误码。',
	'code.prev': '上一个错误码',
	'code.next': '下一个错误码',

	// Retry verdicts
	'retry.fix-first': '先修正请求：原样重试只会得到同样的错误',
	'retry.fresh-request': '使用新的 Nonce 和当前 Timestamp 重试',
	'retry.backoff': '等待后退避重试',
	'retry.later': '稍后重试',
	'retry.reconcile': '先核对哪些操作已成功，再重试',

	// API 3.0 match levels
	'match.exact': '完全对应',
	'match.close': '接近',
	'match.partial': '部分对应',
	'match.false-friend': '名称相同，含义不同',

	// Disagreements
	'disagreement.heading': '各来源说法不一',
	'disagreement.lead': '此页面的几个发布版本互相矛盾。下面列出各方说法及其来源；请以你所调用产品的文档为准。',

	// The legacy CLB page
	'clb.title': '旧版 CLB API 2.0 错误码',
	'clb.description': '旧版负载均衡（CLB）API 2.0 的错误码，按其文档原样列出，并链接到各错误码页面。',
	'clb.noticeHeading': '旧版 API',
	'clb.noticeOurs':
		'CLB API 2.0 是旧版 API，将来可能停止维护。腾讯云推荐使用 CLB API 3.0：接口更规范，访问时延大幅降低。',
	'clb.noticeSource': '文档中的原始提示（英文）：',
	'clb.tableLead': '按该文档原样列出的错误码（共 {count} 个，顺序不变，说明为英文原文）。注意其中没有 4200。',
	'clb.sample': '该文档中的返回示例：注意此处 `code` 是字符串。',

	// The sources page
	'sources.title': '来源',
	'sources.description': '本站依据的腾讯云 API 2.0 公共错误码页面的{count}个发布版本。',
	'sources.lead':
		'本站依据同一页面（腾讯云 API 2.0“公共错误码”）的{count}份导出版本。它们在部分错误码上说法不一，并带有导出造成的损坏（乱码与残缺标签）；本站已清除这些损坏，文字其余部分与发布时一致。',
	'sources.lang': '语言',
	'sources.codes': '{count} 个错误码',
	'sources.intro': '简介',
	'sources.sample': '返回示例',
	'sources.file': '原始导出文件：{file}',
	'notice.legacy': '旧版提示',
	'notice.unicode-escapes': 'Unicode 转义',
	'notice.module-codes': '模块错误码',

	// 404
	'notFound.title': '页面不存在',
	'notFound.lead': '此地址没有页面。',
	'notFound.unknownCode': '{code} 不是本参考资料收录的腾讯云 API 2.0 公共错误码。',
	'notFound.toTable': '查看全部错误码',
	'notFound.path': '你访问的地址：',
	'notFound.meant': '你要找的可能是这个页面：',
	'notFound.nearest': '与它最接近的已收录错误码：',
	'notFound.search': '搜索本参考资料',

	// Clock check (4200, 4500)
	'clock.title': '用本机时钟检查 Timestamp',
	'clock.lead':
		'粘贴失败请求的 `Timestamp`（或整个查询字符串），与本设备的时钟比较。结果只与本设备时间一样准确，请保持时钟同步（NTP）。',
	'clock.label': 'Timestamp（Unix 秒）',
	'clock.now': '本设备当前的 Unix 时间：',
	'clock.invalid': '没有找到 Unix 时间戳：请粘贴 10 位秒数，例如 1402992826。',
	'clock.ahead': 'Timestamp 比本设备时钟快 {duration}。',
	'clock.behind': 'Timestamp 比本设备时钟慢 {duration}。',
	'clock.equal': 'Timestamp 与本设备时钟一致。',
	'clock.milliseconds': '它有 13 位，已按毫秒读取：API 2.0 要求的是秒。',
	'clock.inside': '在{window}之内',
	'clock.outside': '超出{window}',
	'clock.window300': '{sources}所述的 5 分钟范围',
	'clock.window7200': '{sources}所述的 2 小时范围',
	'list.separator': '、',
	'clock.note': '在浏览器中运行，不会发送任何数据。',

	// Decoder
	'nav.decode': '解析返回结果',
	'decoder.title': '解析 API 2.0 返回结果',
	'decoder.description': '粘贴腾讯云 API 2.0 的返回结果、日志行或 message：查看错误码含义、模块错误码与解码后的信息。',
	'decoder.lead':
		'粘贴返回结果、包含返回结果的日志行，或仅粘贴 `message`。这里会显示错误码及处理方法、模块错误码，并把 `\\uXXXX` 转义还原为中文。',
	'decoder.label': '返回结果、日志行或 message',
	'decoder.privacy': '在浏览器中解析（离线亦可）；你粘贴的内容不会离开本页面。',
	'decoder.examples': '试试：',
	'decoder.example1': '模块错误码',
	'decoder.example2': 'Unicode 转义',
	'decoder.example3': '日志行',
	'decoder.example4': '成功',
	'decoder.noscript': '解析工具需要 JavaScript。你也可以阅读返回结果的格式说明：',
	'decoder.empty': '在上方粘贴内容即可解析。',
	'decoder.success': '`code` 为 0：调用成功，没有需要解释的错误。',
	'decoder.unknown': '{code} 不是本参考资料收录的 API 2.0 公共错误码。',
	'decoder.unknownClass':
		'它的首位数字 {digit} 与以下分组相同：{classes}。它可能是产品自定义的错误码，请查阅所调用产品的文档。',
	'decoder.unknownNoClass': '没有以 {digit} 开头的公共错误码分组。它可能是产品自定义的错误码，请查阅所调用产品的文档。',
	'decoder.toTable': '查看全部错误码',
	'decoder.noResponse': '这不像 API 2.0 的返回结果：没有找到 JSON 对象或 `code`。请粘贴返回的正文，或包含它的日志行。',
	'decoder.noCode': '这是 JSON，但没有 `code` 字段。API 2.0 的返回结果总会带有它（成功时为 0）。',
	'decoder.badCode': '这里的 `code` 不是非负整数，因此不是 API 2.0 错误码。',
	'decoder.codeString': '`code` 以字符串（"{code}"）返回。部分 API 2.0 文档就是这样写的，请按值比较。',
	'decoder.moduleCode': '模块错误码（来自产品模块，位于括号中）',
	'decoder.messageText': '错误描述',
	'decoder.unicode': '已从 `\\uXXXX` 转义还原。',
	'decoder.codeDesc': 'codeDesc（产品对该错误的命名）',
	'decoder.requestId': '请求 ID',
	'decoder.found.fragment': '在粘贴的文本中找到了返回结果。',
	'decoder.found.escaped': '返回结果是转义过的 JSON，已先行还原。',
	'decoder.found.text': '没有找到 JSON，已从文本中读取 `code` 和 `message`。',
	'decoder.api3': '这是 API 3.0 的错误返回：{code}。',
	'decoder.api3Map': '本参考资料中与之对应的 API 2.0 错误码：',
	'decoder.api3None': '本参考资料中没有与之对应的 API 2.0 公共错误码。',
	'decoder.whatToDo': '处理方法',
	'decoder.loading': '正在加载 {code}…',
	'decoder.loadFailed': '无法加载 {code} 的详细信息。',

	// Search
	'search.title': '搜索',
	'search.description': '按错误码或关键词搜索腾讯云 API 2.0 错误码，支持中文和英文。',
	'search.label': '搜索错误码和页面',
	'search.placeholder': '搜索：4500、签名、replay…',
	'search.submit': '搜索',
	'search.codes': '错误码',
	'search.pages': '页面',
	'search.other': '英文结果',
	'search.none': '没有找到与“{query}”相关的结果。',
	'search.count': '“{query}”共 {count} 条结果',
	'search.loading': '正在搜索…',
	'search.error': '搜索暂不可用：{reason}',
	'search.noscript': '搜索需要 JavaScript。你也可以直接浏览',

	'opensearch.shortName': 'API 2.0 错误码',

	// Offline
	'offline.ready': '已可离线使用：此浏览器中本站现在无需联网即可访问。',

	// The root page
};
