// The organisation profile: who the organisation is, how it may be reached, who works there and
// which hashtags its campaigns use, as a form. It edits the ruleset's org section and the rules it
// owns (brand name, campaign hashtags); the rest of the ruleset is left as written.

import { useId } from 'react';
import { PLATFORMS } from '../../../rules/types';
import { PLATFORM_NAMES } from '../../platform-names';
import { useAdmin } from '../admin-store';
import { DraftBar } from '../DraftBar';
import { useDraftText } from '../draft-hooks';
import { LoadingSection } from '../LoadingSection';
import { SafeText } from '../safe-content';
import { ListField } from './ListField';
import { readDraft, writeProfile } from './ruleset-draft';
import type { Jurisdiction, Profile } from './ruleset-draft';
import { StaffDirectory } from './StaffDirectory';

const JURISDICTIONS: { value: Jurisdiction; label: string; packs: string }[] = [
  { value: 'uk', label: 'United Kingdom', packs: 'UK privacy (NHS numbers, postcodes) and UK advertising rules' },
  { value: 'us', label: 'United States', packs: 'HIPAA identifiers (SSN, MRN, ZIP codes) and US advertising rules' },
  { value: 'both', label: 'Both', packs: 'both sets of rules' },
];

export function ProfileForm() {
  const current = useDraftText();
  const setDraft = useAdmin((s) => s.setDraft);
  const ids = { name: useId(), jurisdiction: useId() };
  if (!current) return <LoadingSection titleId="profile-title" title="Organisation profile" />;
  const { text, locked } = current;
  const read = readDraft(text);
  if (!read.ok) {
    return (
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">Organisation profile</h2>
        <p className="notice notice-error" role="alert">
          The active ruleset cannot be shown as a form (<SafeText text={read.error} />). Edit its file and load it under Deployment.
        </p>
      </section>
    );
  }
  const profile = read.profile;
  const update = (patch: Partial<Profile>) => setDraft(writeProfile(text, { ...profile, ...patch }));

  return (
    <section aria-labelledby="profile-title" data-testid="profile-form">
      <h2 id="profile-title">Organisation profile</h2>
      <p className="lede">What your organisation says about itself never blocks a post: its own names, contact details, staff and units.</p>
      {locked ? (
        <p className="notice notice-policy" data-testid="profile-locked">
          Locked by policy: your IT administrators manage this ruleset, so the profile is shown read-only. Ask them to change the policy&apos;s
          ruleset.
        </p>
      ) : (
        <DraftBar />
      )}
      <fieldset className="plain" disabled={locked}>
        <legend className="sr-only">Profile</legend>
        <fieldset className="group">
          <legend>Organisation</legend>
          <div className="field">
            <label htmlFor={ids.name}>Ruleset name</label>
            <input id={ids.name} type="text" value={profile.rulesetName} onChange={(e) => update({ rulesetName: e.target.value })} aria-invalid={!profile.rulesetName.trim()} />
          </div>
          <ListField label="Organisation names" hint="The first is the name as it should be written." kind="text" values={profile.names} onChange={(names) => update({ names })} placeholder="Riverside Hospital" />
          <ListField
            label="Banned name variants"
            hint={profile.names[0] ? `Misspellings and old names; each is flagged with "${profile.names[0]}" as the fix.` : 'Add the organisation name first: variants are replaced by it.'}
            kind="text"
            values={profile.bannedVariants}
            onChange={(bannedVariants) => update({ bannedVariants })}
            placeholder="Riverside Hosp"
          />
          {profile.bannedVariants.length > 0 && profile.names.length === 0 && (
            <p className="field-problems" role="alert">
              Banned variants need an organisation name to suggest instead.
            </p>
          )}
          <fieldset className="choice" aria-describedby={ids.jurisdiction}>
            <legend>Jurisdiction</legend>
            <p id={ids.jurisdiction} className="hint">
              Chooses the built-in rule packs.
            </p>
            {JURISDICTIONS.map((j) => (
              <label key={j.value} className="radio">
                <input type="radio" name="jurisdiction" value={j.value} checked={profile.jurisdiction === j.value} onChange={() => update({ jurisdiction: j.value })} />{' '}
                {j.label} <span className="hint">({j.packs})</span>
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset className="group">
          <legend>Own contact details</legend>
          <p className="hint">Never flagged as a patient&apos;s.</p>
          <div className="columns">
            <ListField label="Phone numbers" kind="phone" values={profile.phones} onChange={(phones) => update({ phones })} placeholder="+44 161 555 0100" />
            <ListField label="Email addresses" kind="email" values={profile.emails} onChange={(emails) => update({ emails })} placeholder="press@riverside.example" />
            <ListField label="Web and email domains" kind="domain" values={profile.domains} onChange={(domains) => update({ domains })} placeholder="riverside.example" />
            <ListField label="Site addresses" hint="Street addresses, postcodes or ZIP codes." kind="text" values={profile.addresses} onChange={(addresses) => update({ addresses })} />
          </div>
        </fieldset>

        <StaffDirectory staff={profile.staff} onChange={(staff) => update({ staff })} />

        <fieldset className="group">
          <legend>Units and wards</legend>
          <ListField label="Unit and ward names" hint="Never taken for a person's name." kind="text" values={profile.units} onChange={(units) => update({ units })} placeholder="Rainbow Ward" rows={4} />
        </fieldset>

        <fieldset className="group">
          <legend>Campaign hashtags</legend>
          <p className="hint">Per platform. Required: every post must carry them. Approved: if set, only these may be used. Banned: never used.</p>
          <div className="columns">
            {PLATFORMS.map((platform) => {
              const policy = profile.hashtags[platform];
              const set = (patch: Partial<typeof policy>) => update({ hashtags: { ...profile.hashtags, [platform]: { ...policy, ...patch } } });
              return (
                <fieldset key={platform} className="platform-tags" data-platform={platform}>
                  <legend>{PLATFORM_NAMES[platform]}</legend>
                  <ListField label={`Required on ${PLATFORM_NAMES[platform]}`} kind="hashtag" rows={2} values={policy.required} onChange={(required) => set({ required })} />
                  <ListField label={`Approved on ${PLATFORM_NAMES[platform]}`} kind="hashtag" rows={2} values={policy.approved} onChange={(approved) => set({ approved })} />
                  <ListField label={`Banned on ${PLATFORM_NAMES[platform]}`} kind="hashtag" rows={2} values={policy.banned} onChange={(banned) => set({ banned })} />
                </fieldset>
              );
            })}
          </div>
        </fieldset>
      </fieldset>
    </section>
  );
}
