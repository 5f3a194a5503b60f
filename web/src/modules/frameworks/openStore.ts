import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which items of a tree are open. Each item subscribes to its own id, so opening or
 * closing one item re-renders that item only, however many thousands are on screen.
 */
export class OpenStore {
  private open: Set<string>;
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(initial: Iterable<string> = []) {
    this.open = new Set(initial);
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  snapshot(): Set<string> {
    return new Set(this.open);
  }

  toggle(id: string): void {
    if (this.open.has(id)) this.open.delete(id);
    else this.open.add(id);
    this.notify(id);
  }

  /** Opens exactly `ids`, telling only the items whose state changes. */
  setAll(ids: Iterable<string>): void {
    const next = new Set(ids);
    const previous = this.open;
    this.open = next;
    for (const id of previous) if (!next.has(id)) this.notify(id);
    for (const id of next) if (!previous.has(id)) this.notify(id);
  }

  subscribe(id: string, listener: () => void): () => void {
    let forId = this.listeners.get(id);
    if (!forId) {
      forId = new Set();
      this.listeners.set(id, forId);
    }
    forId.add(listener);
    return () => {
      forId.delete(listener);
      if (forId.size === 0) this.listeners.delete(id);
    };
  }

  private notify(id: string): void {
    for (const listener of this.listeners.get(id) ?? []) listener();
  }
}

export function useIsOpen(store: OpenStore, id: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(id, listener),
    [store, id],
  );
  return useSyncExternalStore(subscribe, () => store.isOpen(id));
}
