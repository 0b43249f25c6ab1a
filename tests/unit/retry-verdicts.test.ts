/**
 * The retry verdict fits what the sources say the code is about: when their rows put the fault
 * on the account (a permission the root account has not granted, a blocked account, the balance,
 * a qualification review, a CAM check), the request itself may be right, so the verdict is
 * `fix-account`, never "fix the request"; and the prose of such a code tells the reader what to
 * fix on the account, in both languages. Derived from the content: a new code whose sources
 * speak of the balance fails here until its verdict and guidance say so.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { localeKeys, type Locale } from '../../src/i18n/locales.ts';

/**
 * What a source row says about the account, and how our prose names the fix, per language.
 * "Identity verification" alone is not a signal: the legacy CLB page calls 4100, a signature
 * error, "Identity verification failed".
 */
const accountSide: Record<string, { source: RegExp; fix: Record<Locale, RegExp> }> = {
	permission: {
		source: /\b(?:not authorized|unauthorized|permission)\b|授权|权限/i,
		fix: { en: /permission/i, zh: /权限/ },
	},
	cam: { source: /\bCAM\b/, fix: { en: /permission/i, zh: /权限/ } },
	status: { source: /\b(?:blocked|suspended)\b|封禁/i, fix: { en: /blocked|status/i, zh: /封禁|状态/ } },
	balance: { source: /\b(?:balance|arrears?)\b|余额|欠费/i, fix: { en: /balance|funds/i, zh: /余额|充值/ } },
	review: {
		source: /qualification|failed to pass identity verification|资质|审核|实名/i,
		fix: { en: /review|qualification|verification/i, zh: /审核|资质/ },
	},
};

const site = buildSiteData(readContent().set);

/** The account-side topics the sources' rows for a code speak of. */
function topicsOf(code: (typeof site.codes)[number]): string[] {
	const text = code.rows.map(({ row }) => `${row.title}\n${row.description}`).join('\n');
	return Object.entries(accountSide)
		.filter(([, { source }]) => source.test(text))
		.map(([topic]) => topic);
}

describe('retry verdicts', () => {
	it('are fix-account exactly for the codes whose sources put the fault on the account', () => {
		const expected = site.codes.filter((code) => topicsOf(code).length > 0).map((code) => code.code);
		const actual = site.codes.filter((code) => code.facts.retry === 'fix-account').map((code) => code.code);
		expect(expected.length, 'some source speaks of permissions or the balance').toBeGreaterThan(0);
		expect(actual).toEqual(expected);
	});

	it('of account-side codes come with prose that names what to fix, in both languages', () => {
		for (const code of site.codes.filter((c) => c.facts.retry === 'fix-account')) {
			for (const locale of localeKeys) {
				const prose = code.prose[locale];
				const guidance = `${prose.action}\n${prose.retry}`;
				for (const topic of topicsOf(code))
					expect(guidance, `${locale}/${code.code} (${topic})`).toMatch(accountSide[topic].fix[locale]);
			}
		}
	});

	it('tell the reader to send the request again once the account is fixed, for every account-side code', () => {
		const again = {
			en: /send (?:the|a new) request|try again|place the purchase again/i,
			zh: /重新发送|重试|重新发起/,
		};
		for (const code of site.codes.filter((c) => c.facts.retry === 'fix-account'))
			for (const locale of localeKeys)
				expect(code.prose[locale].retry, `${locale}/${code.code}`).toMatch(again[locale]);
	});
});
