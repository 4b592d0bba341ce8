// The text of a new content entry: every field of its schema, each under a comment taken from
// the field's JSDoc in src/schemas/, required fields first as blanks to fill in, optional ones
// commented out.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'astro/zod';

/** The JSDoc of each property of the first `z.object({ … })` in a schema's source, by property name. */
export function fieldDocs(source: string, fileName = 'schema.ts'): Map<string, string> {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const docs = new Map<string, string>();
	let found = false;
	const visit = (node: ts.Node): void => {
		if (found) return;
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			node.expression.name.text === 'object' &&
			node.arguments[0] &&
			ts.isObjectLiteralExpression(node.arguments[0]) &&
			// The entry's own object, not a small helper schema declared above it.
			node.arguments[0].properties.length > 3
		) {
			found = true;
			for (const property of node.arguments[0].properties) {
				if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
				const text = ts
					.getJSDocCommentsAndTags(property)
					.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
					.join(' ')
					.replace(/\s+/g, ' ')
					.trim();
				if (text) docs.set(property.name.text, text);
			}
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return docs;
}

export const readFieldDocs = (schemaFile: string) => fieldDocs(readFileSync(schemaFile, 'utf8'), schemaFile);

/** The part of a JSON Schema the template reads. */
interface FieldSchema {
	type?: string;
	enum?: string[];
	properties?: Record<string, FieldSchema>;
	required?: string[];
}

/**
 * An entry schema as JSON Schema, the way Astro's own types generator asks zod for it: the input
 * side (what a file holds, before dates and references are transformed), with what JSON Schema
 * cannot say (a Date) left open.
 */
const jsonSchemaOf = (schema: z.ZodType) =>
	z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;

/** Wraps a comment to lines of at most `width` characters, each starting with `indent# `. */
function comment(text: string, indent: string, width = 100): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && indent.length + 2 + line.length + 1 + word.length > width) {
			lines.push(`${indent}# ${line}`);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(`${indent}# ${line}`);
	return lines;
}

/** YAML lines for one field: its comment, then `field: value` (commented out when optional). */
function fieldLines(
	name: string,
	field: FieldSchema,
	required: boolean,
	docs: Map<string, string>,
	values: Record<string, string>,
	choices: Record<string, string[]> = {},
	indent = '',
): string[] {
	const lines = comment(docs.get(name) ?? '', indent);
	const options = field.enum ?? choices[name];
	if (options) lines.push(`${indent}# One of: ${options.join(', ')}.`);
	const off = required ? '' : '# ';
	if (name in values) {
		lines.push(`${indent}${name}: ${values[name]}`);
	} else if (field.type === 'object' && field.properties) {
		lines.push(`${indent}${off}${name}:`);
		for (const [key, inner] of Object.entries(field.properties)) {
			lines.push(
				...fieldLines(key, inner, field.required?.includes(key) ?? false, new Map(), {}, {}, `${indent}${off}  `),
			);
		}
	} else {
		const blank = field.type === 'array' ? '[]' : field.type === 'string' || options ? "''" : '';
		lines.push(`${indent}${off}${name}:${blank ? ` ${blank}` : ''}`);
	}
	return lines;
}

/**
 * The text of a new entry. `values` are fields already known, as YAML, e.g. { term: '"Storm Shadow"' };
 * Markdown collections get frontmatter and a body to write.
 */
export function entryTemplate(options: {
	schema: z.ZodObject;
	docs: Map<string, string>;
	values: Record<string, string>;
	markdown: boolean;
	heading: string;
	/** Values a field may take that come from content rather than the schema, e.g. { category: ['weapons', 'policy'] }. */
	choices?: Record<string, string[]>;
}): string {
	const { schema, docs, values, markdown, heading, choices = {} } = options;
	const { properties = {}, required = [] } = jsonSchemaOf(schema);
	const fields = Object.entries(properties);
	const lines = [
		...comment(heading, ''),
		'',
		...fields
			.filter(([name]) => required.includes(name))
			.flatMap(([name, field]) => [...fieldLines(name, field, true, docs, values, choices), '']),
		...(fields.length > required.length ? ['# Optional: uncomment to use.', ''] : []),
		...fields
			.filter(([name]) => !required.includes(name))
			.flatMap(([name, field]) => [...fieldLines(name, field, false, docs, values, choices), '']),
	];
	while (lines.at(-1) === '') lines.pop();
	const yaml = `${lines.join('\n')}\n`;
	return markdown ? `---\n${yaml}---\n\nThe longer explanation, in plain words.\n` : yaml;
}
