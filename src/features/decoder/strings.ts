import type { StringsOf } from '../../i18n/feature-strings.ts';
import type { UIKey } from '../../i18n/ui/en.ts';

/** The UI strings the decoder explains a result with (Decoder.astro fills them, ui.ts reads them). */
export const decoderKeys = [
	'decoder.empty',
	'decoder.success',
	'decoder.unknown',
	'decoder.unknownClass',
	'decoder.unknownNoClass',
	'decoder.toTable',
	'decoder.noResponse',
	'decoder.noCode',
	'decoder.badCode',
	'decoder.codeString',
	'decoder.moduleCode',
	'decoder.messageText',
	'decoder.unicode',
	'decoder.codeDesc',
	'decoder.requestId',
	'decoder.found.fragment',
	'decoder.found.escaped',
	'decoder.found.text',
	'decoder.api3',
	'decoder.api3Map',
	'decoder.api3None',
	'decoder.api3Official',
	'match.exact',
	'match.close',
	'match.partial',
	'match.false-friend',
	'punct.colon',
	'decoder.whatToDo',
	'decoder.loading',
	'decoder.loadFailed',
	'code.retry',
	'badge.ours',
	'badge.oursTitle',
	'decoder.keep.copied',
	'decoder.keep.copyManual',
	'decoder.keep.copyText',
	'decoder.keep.links',
	'decoder.share.copied',
	'decoder.share.copyManual',
	'decoder.share.tooLong',
] as const satisfies readonly UIKey[];

/** One of those keys. */
export type DecoderKey = (typeof decoderKeys)[number];

/** Those strings in the page's language, one per key. */
export type DecoderStrings = StringsOf<typeof decoderKeys>;
