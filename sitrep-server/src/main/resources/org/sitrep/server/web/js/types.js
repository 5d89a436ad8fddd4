// ACLED's six event types with their sub-event types (as docs/schema.md and the core's
// SubEventType spell them) and the colour each type has on the map and in the legend.
// Colours are told apart also by people with the common colour-vision deficiencies.
// GPL-3.0-or-later.

export const EVENT_TYPES = [
  {label: 'Battles', colour: '#d62728',
    subs: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']},
  {label: 'Explosions/Remote violence', colour: '#ff7f0e',
    subs: ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
      'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']},
  {label: 'Violence against civilians', colour: '#7b3294',
    subs: ['Sexual violence', 'Attack', 'Abduction/forced disappearance']},
  {label: 'Protests', colour: '#1f78b4',
    subs: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']},
  {label: 'Riots', colour: '#8c564b', subs: ['Violent demonstration', 'Mob violence']},
  {label: 'Strategic developments', colour: '#2ca02c',
    subs: ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
      'Headquarters or base established', 'Looting/property destruction',
      'Non-violent transfer of territory', 'Other']},
];

const UNKNOWN = '#555555';

export function colourOf(eventType) {
  const found = EVENT_TYPES.find((t) => t.label === eventType);
  return found ? found.colour : UNKNOWN;
}
