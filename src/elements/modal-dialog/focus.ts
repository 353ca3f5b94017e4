/** Focus helpers that see through shadow roots. */

/**
 * The element that really has focus: `document.activeElement` stops at the outermost shadow
 * host, so follow each host's `shadowRoot.activeElement` down to the focused element itself
 * (the button inside a card inside a list).
 */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Whether focus is on `element` or anywhere inside it, through shadow roots and slots. */
export function containsFocus(element: Element): boolean {
  let active: Element | null = deepActiveElement();
  while (active) {
    if (active === element) return true;
    active = active.assignedSlot ?? active.parentElement ?? hostOf(active);
  }
  return false;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The elements Tab visits inside `root`, in order, through shadow roots and slots (the flat
 * tree). Positive `tabindex` is treated as 0 (nobody should use it); of a group of radio
 * buttons only the checked one counts (or the first, when none is checked), as Tab does.
 */
export function tabbableElements(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  // Radio groups by owner (form, else tree) and name.
  const radioGroups = new Map<Node, Map<string, HTMLInputElement[]>>();
  const visit = (element: Element): void => {
    if (element instanceof HTMLElement && (element.inert || element.hidden)) return;
    if (element instanceof HTMLElement && isTabbable(element)) {
      found.push(element);
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
        const owner = element.form ?? element.getRootNode();
        const groups = radioGroups.get(owner) ?? new Map<string, HTMLInputElement[]>();
        groups.set(element.name, [...(groups.get(element.name) ?? []), element]);
        radioGroups.set(owner, groups);
      }
    }
    const children: Iterable<Element> = element.shadowRoot
      ? element.shadowRoot.children
      : element instanceof HTMLSlotElement
        ? element.assignedElements({ flatten: true }).length
          ? element.assignedElements({ flatten: true })
          : element.children
        : element.children;
    for (const child of children) visit(child);
  };
  visit(root);
  const skipped = new Set<HTMLElement>();
  for (const group of [...radioGroups.values()].flatMap((groups) => [...groups.values()])) {
    const keep = group.find((radio) => radio.checked) ?? group[0];
    for (const radio of group) if (radio !== keep) skipped.add(radio);
  }
  return found.filter((element) => !skipped.has(element));
}

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false;
  if (element.matches(':disabled')) return false;
  // A host that delegates focus is no stop of its own: its inner controls are.
  if (element.shadowRoot?.delegatesFocus) return false;
  return element.checkVisibility({ visibilityProperty: true });
}
