/**
 * Freezes an object graph in place. Stopping at anything already frozen ends cycles and leaves
 * alone class instances that freeze themselves, such as KnownHosts, whose Buffers Object.freeze
 * would refuse.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
