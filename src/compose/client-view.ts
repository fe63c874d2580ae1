// What one client gets of the modules: `only:`/`except:` in front matter and `:::only`/`:::except` blocks resolved.
import type { Parent, RootContent } from 'mdast';
import { CLIENT_FILTERS, filterClients, keptFor, moduleKeptFor } from '../content/modules.js';
import type { ClientFilterName, ModuleContent } from '../content/types.js';

/**
 * The modules one client's kit holds, with each filter block's content kept in place (as if written
 * without it) or dropped. `undefined` is a client no filter names: what the workshop is for everyone.
 */
export function modulesFor(
  modules: ReadonlyMap<string, ModuleContent>,
  client: string | undefined,
): Map<string, ModuleContent> {
  const out = new Map<string, ModuleContent>();
  for (const [id, module] of modules) {
    if (!moduleKeptFor(module.meta, client)) continue;
    if (module.filters.length === 0) {
      out.set(id, module);
      continue;
    }
    const dropped: { start: number; end: number }[] = [];
    const root = { ...module.root, children: resolveFilters(module.root.children, client, dropped) };
    // Directives are matched to their nodes in order, so the list loses those in dropped blocks.
    const directives = module.directives.filter(
      (d) => !dropped.some((r) => d.source.line >= r.start && d.source.line <= r.end),
    );
    out.set(id, { ...module, root, directives, filters: [] });
  }
  return out;
}

function resolveFilters(
  children: readonly RootContent[],
  client: string | undefined,
  dropped: { start: number; end: number }[],
): RootContent[] {
  return children.flatMap((node): RootContent[] => {
    if (node.type === 'containerDirective' && (CLIENT_FILTERS as readonly string[]).includes(node.name)) {
      if (keptFor(node.name as ClientFilterName, filterClients(node.attributes), client))
        return resolveFilters(node.children, client, dropped);
      dropped.push({ start: node.position?.start.line ?? 0, end: node.position?.end.line ?? 0 });
      return [];
    }
    // Notes may hold filter blocks of their own (a talking point for one client).
    if (node.type === 'containerDirective')
      return [
        { ...node, children: resolveFilters(node.children, client, dropped) as Parent['children'] } as RootContent,
      ];
    return [node];
  });
}
