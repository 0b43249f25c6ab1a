/**
 * English UI strings. Every key is declared here once; zh.ts must provide the same keys
 * (its type is `UIStrings`, so a missing or extra key is a type error and a unit-test failure).
 * `{name}` marks a value filled in by `t()`.
 */
export const en = {
	// Site chrome
	'site.name': 'Tencent Cloud API 2.0 error codes',
	// The site's name where space is short: the OpenSearch engine and the installed app.
	'site.shortName': 'API 2.0 errors',
	'site.tagline':
		'Every common error code of the Tencent Cloud API 2.0, in English and Chinese, with what each source says.',
	'skip.link': 'Skip to content',
	'nav.label': 'Main',
	'nav.codes': 'All codes',
	'nav.format': 'Response format',
	'nav.clb': 'Legacy CLB API',
	'nav.sources': 'Sources',
	// Shorter nav labels for narrow headers: each is part of its full label, which stays the link's name.
	'nav.codesShort': 'Codes',
	'nav.formatShort': 'Format',
	'nav.clbShort': 'CLB',
	'nav.sourcesShort': 'Sources',
	'nav.breadcrumb': 'Breadcrumb',
	'lang.switch': 'Read this page in English',
	'footer.facts':
		'Facts come from {count} exports of Tencent Cloud’s API 2.0 “common error codes” page; see the sources. Explanations, guidance and translations marked as ours are written by this project.',
	'footer.independent': 'An independent reference, not affiliated with Tencent Cloud.',

	// Badges that mark the project's own text
	'badge.ours': 'Ours',
	'badge.oursTitle': 'Written by this project, not by Tencent Cloud',
	'badge.translation': 'Our translation',
	'badge.translationTitle': 'No source has this text in this language: the translation is this project’s',

	// Home: the code table
	'home.title': 'Tencent Cloud API 2.0 common error codes',
	'home.lead':
		'A non-zero `code` in an API 2.0 response means the call failed. Find your code below: each page says what it means, what to do, and what every source says.',
	'home.count': '{count} codes in {groups} groups.',
	'home.grouping': 'The grouping is ours; the sources list the codes in one table.',
	'table.code': 'Code',
	'table.title': 'Name',
	'table.summary': 'Meaning',

	// A code page
	'code.docTitle': '{code} {title}',
	'code.cause': 'Cause',
	'code.action': 'What to do',
	'code.allSteps': 'All {count} steps',
	'code.actionAll': 'What to do: all steps',
	'code.retryWhy': 'Why',
	'code.onThisPage': 'On this page',
	'code.retry': 'Retrying',
	'code.example': 'Example error response',
	'code.exampleDocumented': 'Documented in: {source}.',
	'code.exampleShape':
		'The shape of the response. The `message` text varies by product and is not documented for this code.',
	'code.related': 'Related codes',
	'code.sources': 'What each source says',
	'code.sourcesLead': 'Each source’s own row for {code}, cleaned of export damage and otherwise as published.',
	'code.notListed': 'Not listed for this code in: {sources}.',
	'code.explanationNote': 'Explanation written by this project from the sources below.',
	'code.copyLink': 'Copy link',
	'code.copied': 'Link copied',
	'code.copyFailed': 'Copy failed: use the address bar',
	'code.permalink': 'Link to {code}',
	'code.clb': 'In the legacy CLB API 2.0 document',
	'code.clbLead': 'The legacy Cloud Load Balancer API 2.0 error-code page lists {code} as:',
	'code.clbLink': 'All codes of the legacy CLB API',
	'code.api3': 'API 3.0 equivalents',
	'code.api3Lead':
		'The closest Tencent Cloud API 3.0 common error codes. The mapping is ours; the descriptions are Tencent Cloud’s.',
	'code.api3Code': 'API 3.0 code',
	'code.api3Match': 'How close',
	'code.api3Official': 'Official description',
	'code.api3None': 'No API 3.0 common error code corresponds to this code.',
	'code.prev': 'Previous code',
	'code.next': 'Next code',
	'code.pager': 'Previous and next code',

	// Retry verdicts (ours)
	'retry.fix-first': 'Fix the request first: the same request fails the same way',
	'retry.fix-account': 'Fix the account, then retry the same request',
	'retry.fresh-request': 'Retry with a new Nonce and a current Timestamp',
	'retry.backoff': 'Retry after waiting, with backoff',
	'retry.later': 'Retry later',
	'retry.reconcile': 'Check what succeeded before retrying',

	// API 3.0 match levels (ours)
	'match.exact': 'Exact',
	'match.close': 'Close',
	'match.partial': 'Partial',
	'match.false-friend': 'Same name, different meaning',

	// Disagreements between sources
	// By kind (content/registry.yaml `kind`): a contradiction of facts is worded as one, a wording difference is not.
	'disagreement.heading.facts': 'The sources disagree on a fact',
	'disagreement.lead.facts':
		'The published versions of this page contradict each other here. Each side is shown with its sources; check the documentation of the product you call.',
	'disagreement.heading.detail': 'The sources differ in detail',
	'disagreement.lead.detail':
		'Some versions of this page state what the others leave out; they do not contradict each other. Each is shown with its sources.',
	'disagreement.heading.advice': 'The sources give different advice',
	'disagreement.lead.advice':
		'The versions of this page suggest different next steps; they do not contradict each other on the facts. Each is shown with its sources.',
	'disagreement.heading.wording': 'The sources word this differently',
	'disagreement.lead.wording':
		'The versions of this page use different words for the same thing; the facts do not differ. Each wording is shown with its sources.',
	'disagreement.compare': 'Compare the sources',
	// Between a label and what follows it ("Group: …"); Chinese uses the full-width colon.
	'punct.colon': ': ',

	// The legacy CLB page
	'clb.title': 'Legacy CLB API 2.0 error codes',
	'clb.description':
		'The error codes of the legacy Cloud Load Balancer (CLB) API 2.0, as its own document lists them, each linked to its page.',
	'clb.noticeHeading': 'Status of CLB API 2.0',
	'clb.noticeOurs':
		'In translation: this is a legacy API and may be deprecated in the future; CLB API 3.0 is recommended, being more standardized, with much lower access latency.',
	'clb.noticeSource': 'The legacy page’s own notice, in the version this site reproduces:',
	'clb.tableLead':
		'The codes exactly as the document lists them ({count} codes, in its order). Note that it has no 4200 row.',
	'clb.sample': 'The document’s sample response: note that `code` is a string here.',

	// The sources page
	'sources.title': 'Sources',
	'sources.description':
		'The {count} published versions of Tencent Cloud’s API 2.0 common error code page that this site is built from.',
	'sources.lead':
		'The site is built from {count} exports of one page, Tencent Cloud’s API 2.0 “common error codes”. They disagree on some codes and carried export damage (broken characters and tags), which is cleaned here; the words are otherwise as published.',
	'sources.lang': 'Language: {lang}',
	'sources.codes': '{count} codes',
	'sources.intro': 'Introduction',
	'sources.sample': 'Sample response',
	'sources.published': 'Published as',
	'sources.context': 'Which version',
	'sources.unconfirmed': '(address not confirmed)',
	'sources.noAddress': '(public address not confirmed)',
	'notice.legacy': 'Legacy notice',
	'notice.unicode-escapes': 'Unicode escapes',
	'notice.module-codes': 'Module error codes',

	// 404
	'notFound.title': 'Page not found',
	'notFound.lead': 'There is no page at this address.',
	'notFound.description':
		'There is no page at this address: this page works out the one you probably meant, or lists the nearest known codes.',
	'notFound.unknownCode': 'Code {code} is not a Tencent Cloud API 2.0 common error code that this reference knows.',
	'notFound.toTable': 'See all codes',
	'notFound.path': 'You asked for:',
	'notFound.meant': 'You probably meant this page:',
	'notFound.nearest': 'The nearest codes it does know:',
	'notFound.search': 'Search the reference',

	// Clock check (4200, 4500)
	'clock.title': 'Check a Timestamp against this clock',
	'clock.lead':
		'Paste the `Timestamp` of a failed request, or the whole query string, form body or JSON: the `Timestamp` parameter is read by name. This compares it with this device’s clock — a check of your clock against itself is only as good as this device’s time, so keep it synchronized (NTP).',
	'clock.label': 'Timestamp (Unix seconds)',
	'clock.now': 'Current Unix time on this device:',
	'clock.invalid':
		'No Timestamp found: paste the request with its Timestamp parameter (Timestamp=1402992826), or the 10 digits of seconds alone.',
	'clock.readParameter': 'Read the Timestamp parameter: {value}',
	'clock.readNumber': 'Read the number: {value}',
	'clock.ahead': 'The Timestamp is {duration} ahead of this device’s clock.',
	'clock.behind': 'The Timestamp is {duration} behind this device’s clock.',
	'clock.equal': 'The Timestamp equals this device’s clock.',
	'clock.milliseconds': 'It has 13 digits, so it was read as milliseconds: API 2.0 expects seconds.',
	'clock.inside': 'Within {window}',
	'clock.outside': 'Outside {window}',
	'clock.window300': 'the 5-minute window stated by {sources}',
	'clock.window7200': 'the 2-hour window stated by {sources}',
	'list.separator': '; ',
	'clock.note': 'Runs in your browser; nothing is sent anywhere.',

	// Decoder
	'nav.decode': 'Decode a response',
	'nav.decodeShort': 'Decode',
	'decoder.title': 'Decode an API 2.0 response',
	'decoder.description':
		'Paste a Tencent Cloud API 2.0 response, a log line or a message: see the code, what it means, the module code and the decoded message.',
	'decoder.lead':
		'Paste a response, a log with one or many, just a `message` or a code, or your SDK’s error output. It shows the code and what to do, the module code, and Chinese text decoded from `\\uXXXX` escapes.',
	'decoder.label': 'Response, log line or message',
	'decoder.privacy': 'Decoded in your browser, offline too; nothing you paste leaves this page.',
	'decoder.examples': 'Try:',
	'decoder.example1': 'Module code',
	'decoder.example2': 'Unicode escapes',
	'decoder.example3': 'Log line',
	'decoder.example4': 'Success',
	'decoder.example5': 'Many responses',
	'decoder.noscript': 'The decoder needs JavaScript. Without it, read how responses are built:',
	'decoder.empty': 'Paste something above to decode it.',
	'decoder.success': '`code` is 0: the call succeeded. There is no error to explain.',
	'decoder.unknown': 'Code {code} is not one of the API 2.0 common error codes this reference knows.',
	'decoder.unknownClass':
		'Its first digit, {digit}, is that of: {classes}. It may be a product-specific code: check the documentation of the product you called.',
	'decoder.unknownNoClass':
		'No group of common codes starts with {digit}. It may be a product-specific code: check the documentation of the product you called.',
	'decoder.toTable': 'See all codes',
	'decoder.noResponse': 'Nothing here looks like an API 2.0 response: no JSON object and no `code` was found.',
	'decoder.noCode': 'This is JSON, but it has no `code` field. An API 2.0 response always has one (0 on success).',
	'decoder.badCode': 'The `code` here is not a whole non-negative number, so it is not an API 2.0 code.',
	'decoder.codeString':
		'`code` arrived as a string ("{code}"). Some API 2.0 pages document it that way; compare it by value.',
	'decoder.moduleCode': 'Module error code (from the product module, at the start of the message)',
	'decoder.messageText': 'Message text',
	'decoder.unicode': 'Decoded from `\\uXXXX` escapes.',
	'decoder.codeDesc': 'codeDesc (the product’s name for the error)',
	'decoder.requestId': 'Request ID',
	'decoder.found.fragment': 'Found a response inside the text you pasted.',
	'decoder.found.escaped': 'The response was escaped JSON; it was unescaped first.',
	'decoder.found.text': 'No JSON found; read `code` and `message` from the text.',
	'decoder.api3': 'This is an API 3.0 error response: {code}.',
	'decoder.api3Official': 'Tencent Cloud’s description of it:',
	'decoder.api3Map': 'API 2.0 codes that we relate to it, with how closely (ours):',
	'decoder.api3None': 'None of the API 2.0 common codes maps to it in this reference.',
	'decoder.api3Action': 'As for {code} (the closest API 2.0 code):',
	'decoder.found.bare': 'Read as a code on its own.',
	'decoder.message':
		'There is no `code` here, only a message: it is decoded below. Which common error it is, the `code` of the whole response says: paste that to see what to do.',
	'decoder.jsonFields': 'Its fields: {fields}.',
	'decoder.mentions': 'No response was found, but the text mentions documented codes:',
	'decoder.tryNext':
		'What to try: paste the whole response body (it starts with `{` and has a `code`), the complete error output of your SDK, or just the code.',
	'decoder.via.terraform':
		'Read as the Terraform provider’s error text (`[APIError] Code=…, Message=…, CodeNumber=…`).',
	'decoder.via.php': 'Read as the PHP SDK’s error output (`Error code:…`).',
	'decoder.via.java': 'Read as a response the Java SDK made up itself.',
	'decoder.via.python': 'Read as an exception of the Python SDK.',
	'decoder.via.qcloudcli': 'Read as qcloudcli’s error output.',
	'decoder.local.verdict': '{code} is not a Tencent Cloud error code.',
	'decoder.local.java':
		'The API 2.0 Java SDK returns it itself, in place of the server’s answer, when {meaning}. The server’s own answer is not in it; the message says what failed.',
	'decoder.local.java2300': 'it cannot URL-encode the request',
	'decoder.local.java2700': 'the request throws an exception (an HTTP status of 400 or more included)',
	'decoder.local.java2800': 'closing the connection fails',
	'decoder.local.php':
		'The API 2.0 PHP SDK uses it, with `request falied!` (its own spelling), when the answer it got was not JSON or had no `code`. The raw answer is in the SDK’s `getLastResponse()`.',
	'decoder.transport':
		'This is not an API response: the call failed before the API answered (an HTTP status other than 200, or the network), so there is no API 2.0 code to explain.',
	'decoder.transport.python':
		'The Python SDK raises ApiServerNetworkException when the HTTP status is not 200, and ApiClientNetworkException on a network error.',
	'decoder.transport.qcloudcli': 'qcloudcli prints this when the HTTP status is not 200.',
	'decoder.transport.html':
		'What came back is an HTML page, not a JSON response: a server or proxy answered in place of the API.',
	'decoder.transport.try':
		'What to try: check the endpoint (API 2.0 domains end in `.api.qcloud.com`), proxies and the network; Tencent Cloud has switched API 2.0 off, so a call to it may no longer get an API answer at all.',
	'decoder.httpStatus': 'HTTP status',
	'decoder.transport.status': 'What Tencent Cloud has said about API 2.0 going offline',
	'decoder.many': '{total} responses found: {errors} with an error, {successes} successful.',
	'decoder.many.count': '{count}×, {place}',
	'decoder.many.line': 'line {first}',
	'decoder.many.lines': 'lines {first}–{last}',
	'decoder.many.item': 'item {first}',
	'decoder.many.items': 'items {first}–{last}',
	'decoder.many.successes': 'Successful (code 0)',
	'decoder.many.other': 'Not an API 2.0 code',
	'decoder.whatToDo': 'What to do',
	'decoder.loading': 'Loading {code}…',
	'decoder.loadFailed': 'Could not load the details of {code}.',
	'decoder.keep.label': 'Keep and share',
	'decoder.keep.copy': 'Copy result',
	'decoder.keep.clear': 'Clear',
	'decoder.keep.share': 'Share as a link…',
	'decoder.keep.copied': 'Result copied, with links to its code pages in English and Chinese.',
	'decoder.keep.copyManual':
		'Your browser did not allow copying. The text is selected below: press Ctrl+C (⌘C on a Mac).',
	'decoder.keep.copyText': 'The result as text, to copy',
	'decoder.keep.links': 'Code pages, in both languages:',
	'decoder.share.title': 'Before you share',
	'decoder.share.warning':
		'The link carries everything in the box. A response may contain secrets (`SecretId`, `Signature`, account IDs, request IDs): remove them first. The text is only in the link itself, after the `#` (a part browsers never send to a server), and this page sends it nowhere; but anyone who gets the link sees all of it.',
	'decoder.share.create': 'Create link',
	'decoder.share.cancel': 'Cancel',
	'decoder.share.link': 'Link to what is in the box',
	'decoder.share.close': 'Close',
	'decoder.share.copied': 'Link created and copied; the address bar shows it too.',
	'decoder.share.copyManual':
		'Link created, but your browser did not allow copying. It is selected below: press Ctrl+C (⌘C on a Mac).',
	'decoder.share.tooLong':
		'Too much for a link: {length} characters once encoded, at most {max}. No link was made; keep only the response itself in the box, or copy the result instead.',

	// Search
	'search.title': 'Search',
	'search.description': 'Search the Tencent Cloud API 2.0 error codes by number or by words, in English or Chinese.',
	'search.label': 'Search codes and pages',
	'search.placeholder': 'Search: 4500, replay, 签名…',
	'search.placeholderShort': 'Search codes',
	'search.submit': 'Search',
	'search.codes': 'Codes',
	'search.pages': 'Pages',
	'search.other': 'Results in Chinese',
	'search.none': 'No results for “{query}”.',
	'search.count': '{count} results for “{query}”',
	'search.countOne': '1 result for “{query}”',
	'search.loading': 'Searching…',
	'search.error': 'Search is unavailable: {reason}',
	'search.noscript': 'Search needs JavaScript. Without it, every code is listed below.',
	'search.all': 'All codes',

	// Offline
	'offline.ready': 'Available offline: this site now works without a connection in this browser.',
	'offline.update': 'A new version of this reference is ready.',
	'offline.reload': 'Reload',
	'offline.offer': 'Pages you open are kept for offline use. The whole reference takes {size}.',
	'offline.download': 'Make available offline',
	'offline.progress': 'Downloading for offline use: {percent} % ({done} of {total} files)',
	'offline.short':
		'Not enough storage space: the offline copy needs {size}, and this browser allows this site {free} more. Free some space, then try again.',
	'offline.failed': 'The download stopped ({reason}). The files that arrived are kept: try again for the rest.',
	'offline.full': 'the browser’s storage for this site is full',

	// The root page
	'chooser.description':
		'Choose a language: the Tencent Cloud API 2.0 common error codes in English or Chinese, with what each source says.',
	'shortLink.description': 'Short link to error code {code}, “{title}”: opens its page in your language.',
} as const;

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;
