import { describe, expect, it } from 'vitest';
import { readTimestamp, WINDOWS } from '../../src/features/clock-check/timestamp.ts';
import { formatDuration } from '../../src/i18n/format.ts';

const now = 1_700_000_000;

describe('readTimestamp', () => {
	it('puts a Timestamp 400 s ahead outside the 5-minute window and inside the 2-hour one', () => {
		expect(WINDOWS).toEqual([300, 7200]);
		expect(readTimestamp(String(now + 400), now)).toEqual({
			timestamp: now + 400,
			offset: 400,
			direction: 'ahead',
			milliseconds: false,
			within: [false, true],
			from: 'number',
			value: String(now + 400),
		});
	});

	it('puts one 3 hours behind outside both windows', () => {
		expect(readTimestamp(String(now - 3 * 3600), now)).toMatchObject({
			offset: -10800,
			direction: 'behind',
			within: [false, false],
		});
	});

	it('counts the window edges as inside', () => {
		expect(readTimestamp(String(now - 300), now)?.within).toEqual([true, true]);
		expect(readTimestamp(String(now - 301), now)?.within).toEqual([false, true]);
		expect(readTimestamp(String(now + 7200), now)?.within).toEqual([false, true]);
		expect(readTimestamp(String(now + 7201), now)?.within).toEqual([false, false]);
	});

	it('says when the Timestamp equals the clock', () => {
		expect(readTimestamp(String(now), now)).toMatchObject({ offset: 0, direction: 'equal', within: [true, true] });
	});

	// A signed API 2.0 request: its parameters sorted by name, so Nonce (any length, even the 9 to 10
	// digits a timestamp has) comes before Timestamp; in any order of fields the Timestamp is read.
	const nonces = ['7', '345122', '123456789', '1402992826', '9999999999999'];
	const signed = (nonce: string, ts: string) => [
		['Action', 'DescribeInstances'],
		['Nonce', nonce],
		['Region', 'ap-guangzhou'],
		['SecretId', 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'],
		['Signature', 'mysignature%3D'],
		['SignatureMethod', 'HmacSHA256'],
		['Timestamp', ts],
	];

	it('reads the Timestamp parameter by name, never the Nonce, in every form a request is pasted in', () => {
		const ts = String(now - 90);
		for (const nonce of nonces) {
			const fields = signed(nonce, ts);
			const query = fields.map(([k, v]) => `${k}=${v}`).join('&');
			const forms = [
				query,
				`https://cvm.api.qcloud.com/v2/index.php?${query}`,
				`GET cvm.api.qcloud.com/v2/index.php?${encodeURIComponent(query)}`,
				[...fields]
					.reverse()
					.map(([k, v]) => `${k}=${v}`)
					.join('&'),
				JSON.stringify(Object.fromEntries(fields)),
				JSON.stringify(Object.fromEntries(fields.map(([k, v]) => [k, k === 'Timestamp' ? Number(v) : v])), null, 2),
				fields.map(([k, v]) => `${k}: ${v}`).join('\n'),
				fields.map(([k, v]) => `${k}：${v}`).join('，'),
				fields.map(([k, v]) => `${k} ${v}`).join(' '),
				`timestamp=${ts}&nonce=${nonce}`,
			];
			for (const input of forms)
				expect(readTimestamp(input, now), input).toMatchObject({ timestamp: now - 90, from: 'parameter', value: ts });
		}
	});

	it('reads a bare number, quoted or not, and says so', () => {
		for (const input of [`${now}`, `  ${now}\n`, `"${now}"`, `'${now}'`])
			expect(readTimestamp(input, now), input).toMatchObject({ timestamp: now, from: 'number', value: String(now) });
	});

	it('reads no other number: without a Timestamp parameter, text with numbers in it is not a Timestamp', () => {
		for (const nonce of nonces) {
			const withoutTimestamp = signed(nonce, '').filter(([k]) => k !== 'Timestamp');
			expect(readTimestamp(withoutTimestamp.map(([k, v]) => `${k}=${v}`).join('&'), now)).toBeNull();
		}
		for (const input of [
			`RequestTimestamp=${now}`,
			`X-Timestamp-Id=${now}`,
			`{"code":4500,"message":"replay at ${now}"}`,
			`at ${now} the call failed`,
			`Timestamp=${now}5`,
		])
			expect(readTimestamp(input, now), input).toBeNull();
	});

	it('reads 13 digits as milliseconds', () => {
		expect(readTimestamp(`${now + 5}123`, now)).toMatchObject({ timestamp: now + 5, offset: 5, milliseconds: true });
	});

	it('finds no Timestamp in text without 9 to 10 (or 13) digits', () => {
		for (const input of ['', 'Timestamp=', '12345678', '12345678901', '123456789012', '12345678901234', 'abc'])
			expect(readTimestamp(input, now), input).toBeNull();
	});
});

describe('formatDuration', () => {
	it('writes days, hours, minutes and seconds in each language’s units, leaving out zeros', () => {
		expect(formatDuration(400, 'en')).toBe('6 min 40 s');
		expect(formatDuration(400, 'zh')).toBe('6 分 40 秒');
		expect(formatDuration(7200, 'en')).toBe('2 h');
		expect(formatDuration(7200, 'zh')).toBe('2 小时');
		expect(formatDuration(90061, 'en')).toBe('1 d 1 h 1 min 1 s');
		expect(formatDuration(90061, 'zh')).toBe('1 天 1 小时 1 分 1 秒');
	});

	it('ignores the sign and rounds to whole seconds', () => {
		expect(formatDuration(-3723, 'en')).toBe('1 h 2 min 3 s');
		expect(formatDuration(-3723, 'zh')).toBe('1 小时 2 分 3 秒');
		expect(formatDuration(59.6, 'en')).toBe('1 min');
		expect(formatDuration(0, 'en')).toBe('0 s');
		expect(formatDuration(0, 'zh')).toBe('0 秒');
	});

	it('uses no Latin unit in Chinese, for any duration', () => {
		for (const seconds of [1, 59, 61, 3599, 3601, 86399, 86401, 1e7])
			expect(formatDuration(seconds, 'zh')).not.toMatch(/[a-z]/i);
	});
});
