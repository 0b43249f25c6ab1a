/** Stage 2: the field types every content schema is made of (clean text, code numbers, locales). */
import { z } from 'astro/zod';
import { findDamage } from '../1-import/damage.ts';
import { findInternalReference } from './internal-notes.ts';

/** A non-empty, trimmed string that carries no export damage (mojibake, stray tags, ".."). */
export const CleanText = () =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? 'is required: add this field'
					: 'must be a text string (quote it in YAML if it starts with a special character)',
		})
		.trim()
		.min(1, 'must not be empty: write the text, or remove the field if it is optional')
		.superRefine((text, ctx) => {
			const internal = findInternalReference(text);
			if (internal) {
				ctx.addIssue({
					code: 'custom',
					message: `names the project's own notes or files (${internal.label}: "${internal.found}"): readers cannot open them; cite the public Tencent Cloud page instead`,
				});
			}
			const damage = findDamage(text);
			if (damage) {
				ctx.addIssue({
					code: 'custom',
					message: `contains export damage (${damage}): clean the text; for content/sources run \`npm run import-seeds\``,
				});
			}
		});

/** A code number: 4 to 6 digits, no leading zero (YAML may give it as a number or a string). */
export const CodeNumber = () =>
	z
		.union([z.number(), z.string()])
		.transform((value) => String(value))
		.pipe(
			z
				.string()
				.regex(
					/^[1-9][0-9]{3,5}$/,
					'must be a code number of 4 to 6 digits, such as 4500 (check for letters like O for 0)',
				),
		);

/** The locales the site is written in. */
export const LocaleKey = () => z.enum(['en', 'zh'], { error: 'must be "en" or "zh"' });

/** A text in both site languages. */
export const Bilingual = () => z.strictObject({ en: CleanText(), zh: CleanText() });
