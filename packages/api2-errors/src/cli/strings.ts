/**
 * The command-line tool's own words, in both languages: its help and its messages about usage
 * and input. Everything it says about a code or a response is the site's (the answer parts and
 * the site's UI strings, in the package's data).
 */

const en = {
	help: `api2-errors {version}: the Tencent Cloud API 2.0 common error codes, offline

Usage:
  api2-errors CODE            what the code means, what to do, whether to retry,
                              its API 3.0 equivalents and its page
  api2-errors decode [FILE]   read a response, a log line, a message or many responses
                              from FILE, or from standard input (curl … | api2-errors decode)
  api2-errors list            every code
  api2-errors search WORDS…   codes whose titles or summaries hold the words (English or Chinese)

Options:
  --lang en|zh    the language (default: from LC_ALL, LC_MESSAGES or LANG; zh_CN.UTF-8 is zh)
  --json          data instead of text: a code's record as in codes.json, the decoder's
                  result, the list or the search hits
  -h, --help      this help (--lang zh: in Chinese)
  -v, --version   the version

Exit status: 0 answered; 1 an unknown code, no search hit, or nothing the decoder could read;
2 wrong usage, or input that cannot be read. Colours only on a terminal, never with NO_COLOR.
Nothing is ever fetched: the answers are in the package.`,
	usage: 'Run "api2-errors --help" for how to use it.',
	unknownCommand: '"{word}" is neither a code nor a command.',
	searchHint: 'To search for it: api2-errors search {word}',
	unknownOption: 'Unknown option: {option}',
	badLang: '--lang takes en or zh, not "{lang}".',
	needsWords: 'search needs the words to look for.',
	tooMany: 'decode reads one file (or standard input), not {count}.',
	unreadable: 'Cannot read {file}: {reason}',
	notFound: 'no such file',
	isDirectory: 'it is a directory',
	stdinHint: 'Reading a response from standard input (end with Ctrl-D)…',
	found: '{count} codes',
};

export type CliStrings = typeof en;

const zh: CliStrings = {
	help: `api2-errors {version}：腾讯云 API 2.0 公共错误码，离线可用

用法：
  api2-errors 错误码          错误码的含义、处理办法、能否重试、对应的 API 3.0 错误码及其页面
  api2-errors decode [文件]   读取一个响应、一行日志、一条 message 或多个响应：
                              从文件读取，不给文件时从标准输入读取（curl … | api2-errors decode）
  api2-errors list            列出全部错误码
  api2-errors search 关键词…  标题或概述中含有这些词的错误码（中文或英文）

选项：
  --lang en|zh    输出语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG；zh_CN.UTF-8 即中文）
  --json          输出数据而非文字：错误码在 codes.json 中的记录、解析结果、列表或搜索结果
  -h, --help      本帮助（--lang en：英文）
  -v, --version   版本号

退出状态：0 已给出答案；1 未知错误码、搜索无结果或无法识别输入；2 用法错误或输入无法读取。
仅在终端中使用颜色，设置 NO_COLOR 时不使用。从不联网：答案都在包内。`,
	usage: '运行 “api2-errors --help” 查看用法。',
	unknownCommand: '“{word}”既不是错误码，也不是命令。',
	searchHint: '要搜索它，请运行：api2-errors search {word}',
	unknownOption: '未知选项：{option}',
	badLang: '--lang 只能是 en 或 zh，不能是“{lang}”。',
	needsWords: 'search 需要给出要搜索的词。',
	tooMany: 'decode 只读取一个文件（或标准输入），而不是 {count} 个。',
	unreadable: '无法读取 {file}：{reason}',
	notFound: '文件不存在',
	isDirectory: '这是一个目录',
	stdinHint: '正在从标准输入读取响应（按 Ctrl-D 结束）…',
	found: '共 {count} 个错误码',
};

export const cliStrings = { en, zh };
