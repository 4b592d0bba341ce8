import { HtmlEditor } from './editor.ts';

/**
 * Small fixes to the markup of Starlight components, applied by thin overrides that render
 * Starlight's own component (see src/components/EditHtml.astro). Each throws, naming the
 * component, when the markup it fixes is not there, so a Starlight update cannot silently
 * undo a fix.
 */

/** Gives every `<button>` without a `type` the `type="button"` it needs outside a form. */
export function addButtonTypes(html: string, component: string): string {
	const editor = new HtmlEditor(html, { fragment: true });
	const buttons = editor.elements().filter((element) => element.tagName === 'button');
	if (buttons.length === 0) throw new Error(`${component}: no <button> found; Starlight's markup changed`);
	for (const button of buttons) {
		if (editor.attribute(button, 'type') === undefined) editor.setAttribute(button, 'type', 'button');
	}
	return editor.toString();
}

/**
 * Starlight's search button: buttons get their `type`, and the shortcut hint (⌘K or Ctrl K) is
 * hidden from assistive technology, which hears it from `aria-keyshortcuts` instead, and the
 * button is named by its visible word ("Search") rather than an `aria-label`. The dialog's inline
 * `style="padding:0"` moves to the override's stylesheet (html-validate's no-inline-style).
 */
export function fixSearchMarkup(html: string): string {
	const editor = new HtmlEditor(addButtonTypes(html, 'Search'), { fragment: true });
	const elements = editor.elements();
	const open = elements.find(
		(element) => element.tagName === 'button' && editor.attribute(element, 'data-open-modal') !== undefined,
	);
	const hint = open?.childNodes.find((node) => 'tagName' in node && node.tagName === 'kbd');
	if (!open || !hint || !('tagName' in hint)) {
		throw new Error("Search: the open button with its shortcut <kbd> was not found; Starlight's markup changed");
	}
	editor.setAttribute(hint, 'aria-hidden', 'true');
	// The button's name comes from its visible word, not from an aria-label that differs from
	// what is shown beside the shortcut (axe: label-content-name-mismatch). On phones the word is
	// visually hidden but still read.
	const label = open.childNodes.find(
		(node) => 'tagName' in node && node.tagName === 'span' && editor.attribute(node, 'aria-hidden') === 'true',
	);
	if (!label || !('tagName' in label)) {
		throw new Error("Search: the open button's visible label <span> was not found; Starlight's markup changed");
	}
	editor.removeAttribute(open, 'aria-label');
	editor.removeAttribute(label, 'aria-hidden');
	editor.setAttribute(label, 'class', 'search-label');
	const dialog = elements.find((element) => element.tagName === 'dialog');
	if (!dialog) throw new Error("Search: the search <dialog> was not found; Starlight's markup changed");
	editor.removeAttribute(dialog, 'style');
	return editor.toString();
}

/**
 * Starlight's sidebar: `aria-hidden` taken off its `<script>` elements. HTML does not allow it
 * there (the W3C Nu checker reports it on every page); Starlight added it for a VoiceOver bug that
 * read script text inside a `display: contents` element aloud,
 * https://bugs.webkit.org/show_bug.cgi?id=283645.
 */
export function unhideSidebarScripts(html: string): string {
	const editor = new HtmlEditor(html, { fragment: true });
	const scripts = editor
		.elements()
		.filter((element) => element.tagName === 'script' && editor.attribute(element, 'aria-hidden') !== undefined);
	if (html.trim() !== '' && scripts.length === 0)
		throw new Error(
			"Sidebar: no <script aria-hidden> found to fix; Starlight's markup changed. Remove the Sidebar override (src/components/overrides/Sidebar.astro) and its entry in the plugin.",
		);
	for (const script of scripts) editor.removeAttribute(script, 'aria-hidden');
	return editor.toString();
}

/**
 * Names a landmark Starlight leaves unnamed or names twice: the first element `tagName` (with
 * `class` among its classes, when given) gets `aria-label`, in place of any `aria-labelledby`.
 * Throws when the element is not there (unless `required` is false, for a component that renders
 * it only on some pages).
 */
export function labelLandmark(
	html: string,
	target: { component: string; tagName: string; className?: string; label: string; required?: boolean },
): string {
	const editor = new HtmlEditor(html, { fragment: true });
	const element = editor
		.elements()
		.find(
			(candidate) =>
				candidate.tagName === target.tagName &&
				(!target.className || (editor.attribute(candidate, 'class') ?? '').split(/\s+/).includes(target.className)),
		);
	if (!element) {
		if (target.required === false || html.trim() === '') return html;
		throw new Error(
			`${target.component}: no <${target.tagName}${target.className ? ` class="${target.className}"` : ''}> to name; Starlight's markup changed`,
		);
	}
	editor.removeAttribute(element, 'aria-labelledby');
	editor.setAttribute(element, 'aria-label', target.label);
	return editor.toString();
}
