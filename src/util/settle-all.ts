/**
 * Promise.all that waits for every one of `steps` before it fails, and then fails with the failure
 * that came first. Waiting for all: an undo or a report that started while a step was still under
 * way could miss what that step was doing. The first: when one stuck request brings down the
 * connection, the others fail after it, with errors that no longer say why.
 */
export async function settleAll<T extends readonly unknown[]>(steps: { readonly [K in keyof T]: Promise<T[K]> }): Promise<T> {
  let failure: { reason: unknown } | undefined;
  const results = await Promise.all(
    (steps as readonly Promise<unknown>[]).map((step) =>
      step.catch((reason: unknown) => {
        failure ??= { reason };
      }),
    ),
  );
  if (failure) throw failure.reason;
  return results as unknown as T;
}
