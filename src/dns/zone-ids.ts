// Providers that address zones by an id of their own learn the ids while listing zones; a zone
// needed before any listing (deleting a record kept from elsewhere) lists them then.
import { toAsciiName } from './zones.js';

export class ZoneIds {
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly providerName: string,
    private readonly listZones: () => Promise<string[]>,
  ) {}

  /** Records a listed zone's id and returns its name in the form zones are compared in. */
  remember(name: string, id: string): string {
    const zone = toAsciiName(name);
    this.ids.set(zone, id);
    return zone;
  }

  async of(zone: string): Promise<string> {
    if (!this.ids.has(zone)) await this.listZones();
    const id = this.ids.get(zone);
    if (id === undefined) throw new Error(`${this.providerName} has no zone ${zone} these credentials can see`);
    return id;
  }
}
