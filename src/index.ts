// The action's entry point (action.yml runs the bundle of this file).
import { run } from './main.js';

// HTTP keep-alive in the toolkit libraries can hold the event loop open: leave once done.
run().finally(() => process.exit());
