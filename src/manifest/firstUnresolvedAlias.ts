import { Alias, Document, isAlias, isNode, visit } from 'yaml';

/**
 * The first alias of `doc` with no anchor of its name before it (`selector: *nothere`), in the
 * order `yaml` resolves aliases; undefined when every alias has its anchor. One walk of the nodes.
 */
export function firstUnresolvedAlias(doc: Document): Alias | undefined {
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        found = node;
        return visit.BREAK;
      }
      if (isNode(node) && node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}
