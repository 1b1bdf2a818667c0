// Runs tasks so that those with the same key never overlap (one after the other, in order) while
// different keys run at once: record-set DNS providers rewrite a name's whole set, so two values of
// one name must never be written together.
export async function inKeyOrder<T>(items: readonly T[], key: (item: T) => string, task: (item: T) => Promise<void>): Promise<PromiseSettledResult<void>[]> {
  const results: PromiseSettledResult<void>[] = [];
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => groups.set(key(item), [...(groups.get(key(item)) ?? []), index]));
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      for (const index of indexes) {
        results[index] = await task(items[index]).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        );
      }
    }),
  );
  return results;
}
