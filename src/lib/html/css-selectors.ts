import selectorParser from 'postcss-selector-parser';

type Selector = selectorParser.Selector;
type SelectorNode = selectorParser.Node;

const parse = (selector: string): Selector[] => selectorParser().astSync(selector).nodes;

/** A selector's first compound: its nodes up to the first combinator. */
function firstCompound(selector: Selector): SelectorNode[] {
	const index = selector.nodes.findIndex((node) => node.type === 'combinator');
	return index < 0 ? selector.nodes : selector.nodes.slice(0, index);
}

const isRoot = (node: SelectorNode) =>
	(node.type === 'pseudo' && node.value === ':root') || (node.type === 'tag' && node.value === 'html');
const isPseudo = (node: SelectorNode | undefined, ...names: string[]): node is selectorParser.Pseudo =>
	node?.type === 'pseudo' && names.includes(node.value);

/**
 * Whether beasties cannot decide a selector from the built page, so its rule must be inlined
 * always. Beasties matches the elements below the root, so rules about `<html>` itself are lost;
 * the built page carries one theme, so the other theme's rules match nothing there; and two
 * forms it misreads once it drops `:where()` or cannot test with a selector list inside.
 * - the root element alone, whatever qualifies it: `:root[data-theme=light]`, `html:not([data-has-toc])`;
 * - anything under a theme: `[data-theme=light] .light\:sl-hidden`, `:root[data-theme=dark] pre`;
 * - a scoped selector that starts with an attribute: `:where(.astro-abc123)[data-has-sidebar]`;
 * - Starlight's heading spacing, `.sl-markdown-content :not(h1, h2, …) + .sl-heading-wrapper`.
 */
export function undecidableSelector(text: string): boolean {
	return parse(text).some((selector) => {
		const first = firstCompound(selector);
		const rest = selector.nodes.slice(first.length);
		if (rest.length === 0 && first.some(isRoot)) return true;
		const [head, next] = first;
		const theme = first.filter((node) => !isRoot(node));
		if (
			rest.length > 0 &&
			(rest[0]!.value === ' ' || rest[0]!.value === '>') &&
			theme.length === 1 &&
			theme[0]!.type === 'attribute' &&
			theme[0]!.attribute === 'data-theme' &&
			theme[0]!.operator === '=' &&
			first.filter(isRoot).length <= 1 &&
			!isRoot(first.at(-1)!)
		)
			return true;
		if (
			isPseudo(head, ':where') &&
			head.nodes.length === 1 &&
			head.nodes[0]!.nodes.length === 1 &&
			head.nodes[0]!.nodes[0]!.type === 'class' &&
			head.nodes[0]!.nodes[0]!.value.startsWith('astro-') &&
			next?.type === 'attribute'
		)
			return true;
		if (
			head?.type === 'class' &&
			head.value === 'sl-markdown-content' &&
			first.length === 1 &&
			rest[0]?.value === ' '
		) {
			let listInside = false;
			selector.walkPseudos((pseudo) => {
				if (isPseudo(pseudo, ':not', ':is') && pseudo.nodes.length > 1) listInside = true;
			});
			if (listInside) return true;
		}
		return false;
	});
}

/**
 * Whether a selector applies only while a pointer hovers (`a:hover`), not also on keyboard focus.
 * A `:hover` inside `:not(…)` does not count: `a:not(:hover)` applies at first paint.
 */
export function hoverOnly(text: string): boolean {
	return parse(text).every((selector) => {
		let hover = false;
		let focus = false;
		selector.walkPseudos((pseudo) => {
			if (pseudo.value.startsWith(':focus')) focus = true;
			if (pseudo.value !== ':hover') return;
			for (let parent = pseudo.parent?.parent; parent; parent = parent.parent?.parent) {
				if (isPseudo(parent as SelectorNode, ':not')) return;
			}
			hover = true;
		});
		return hover && !focus;
	});
}
