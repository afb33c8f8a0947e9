/** Look-ups in the registry of names; an unknown id is an error, never a blank. */
import type { NamedBody, Registry, Term } from './schema/registry';

export interface RegistryIndex {
  unit(id: string): NamedBody;
  body(id: string): NamedBody;
  term(id: string): Term;
  hasUnit(id: string): boolean;
  hasTerm(id: string): boolean;
}

function indexBy<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`content/registry.json has no ${kind} with id "${id}"`);
    return found;
  };
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const unitIds = new Set(registry.units.map((unit) => unit.id));
  const termIds = new Set(registry.terms.map((term) => term.id));
  return {
    unit: indexBy(registry.units, 'unit'),
    body: indexBy([...registry.units, ...registry.bodies], 'body'),
    term: indexBy(registry.terms, 'term'),
    hasUnit: (id) => unitIds.has(id),
    hasTerm: (id) => termIds.has(id),
  };
}

/** The units the plan names one by one, leaving out collective entries such as 各区人民政府. */
export function namedUnits<T extends { collective?: true }>(units: readonly T[]): T[] {
  return units.filter((unit) => !unit.collective);
}
