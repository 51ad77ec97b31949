import type { MockRoute } from "./types.js";

/** A route with its path template compiled to a regular expression. */
export interface CompiledRoute {
  route: MockRoute;
  pattern: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: MockRoute;
  params: Record<string, string>;
}

/** Compiles `/linode/instances/{linodeId}/backups` into a matcher; parameters match one segment. */
export function compileRoute(route: MockRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** The first route whose method and path match, with its decoded path parameters. */
export function matchRoute(
  routes: readonly CompiledRoute[],
  method: string,
  path: string,
): RouteMatch | undefined {
  for (const { route, pattern, names } of routes) {
    if (route.method !== method) continue;
    const m = pattern.exec(path);
    if (m === null) continue;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? "");
      });
    } catch {
      continue; // a malformed %-escape matches no route
    }
    return { route, params };
  }
  return undefined;
}
