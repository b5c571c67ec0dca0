import { Role } from '../../src/common/roles';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

/**
 * CONTRACT.md, People, in the words the work needs: age status and the local authority, languages
 * as BCP 47 tags compared on their primary subtag, a preferred language in the search, dependants
 * one by one and a house's age limit for boys, and a place the person turned down as unmet demand.
 */
const NOW = '2026-11-18T12:00:00.000Z'; // a Wednesday, noon in London (GMT)

const SURVIVOR_FIELDS = `id gender ageStatus dependants dependantsDetail { ageBand gender } languages interpreterNeeded`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) {
  confirmPlacement(input: $input) { id status survivor { ${SURVIVOR_FIELDS} } }
}`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status } }`;
const OPEN_CASE = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!, $why: CancelReason) {
  cancelPlacement(placementId: $id, reason: "The person turned it down", why: $why) { id status }
}`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id status } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id status } }`;
const SEARCH = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    distanceKm acceptsArrival speaksPreferredLanguage
    safehouse { id languages acceptsBoysUpToAge }
  }
}`;
const UNMET = `query($from: DateTime!, $to: DateTime!) {
  unmetDemand(from: $from, to: $to) {
    guestGender withDependants needsAccessibleBed kind searches declines survivorDeclines
  }
}`;
const CREATE_HOUSE = `mutation($input: CreateSafehouseInput!) { createSafehouse(input: $input) { id languages acceptsBoysUpToAge } }`;
const UPDATE_HOUSE = `mutation($id: ID!, $input: UpdateSafehouseInput!) { updateSafehouse(id: $id, input: $input) { id languages acceptsBoysUpToAge } }`;
const CREATE_WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id languages } }`;

const survivor = (overrides: Record<string, unknown> = {}) => ({
  preferredName: 'Amina',
  gender: 'WOMAN',
  ageStatus: 'ADULT',
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['sq'],
  ...overrides,
});

describe('people, in the words the work needs', () => {
  let t: TestApp;
  let providerId: string;
  let officer: Login;
  let coordinator: Login;
  let admin: Login;
  let spotIndex = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    t.clock.set(NOW);
    providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    admin = await t.world.login(Role.ADMIN);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(NOW));

  /** A fresh patch of map per search, so houses made for other tests are never within the radius. */
  function spot(): { latitude: number; longitude: number } {
    spotIndex += 1;
    return { latitude: 50.2 + spotIndex * 0.25, longitude: -3.5 + (spotIndex % 4) * 0.5 };
  }

  /** A house `northKm` north of `at`, with one bed (sleeping `sleeps`). */
  async function house(
    at: { latitude: number; longitude: number },
    northKm: number,
    fields: Partial<SafehouseEntity> = {},
    sleeps = 1,
  ) {
    const created = await t.world.safehouse(providerId, {
      latitude: at.latitude + northKm / 111.2,
      longitude: at.longitude,
      ...fields,
    });
    const bed = await t.world.bed(created.id, { sleeps });
    return { house: created, bed };
  }

  async function search(input: Record<string, unknown>) {
    const response = await t.gql(
      SEARCH,
      { input: { nights: 2, guestGender: 'WOMAN', radiusKm: 20, ...input } },
      officer.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.searchAvailability as any[];
  }

  async function held(bedId: string) {
    const holder = await t.world.login(Role.DUTY_OFFICER, officer.organisationId!);
    const response = await t.gql(HOLD, { input: { bedId, nights: 3 } }, holder.token);
    expect(response.errors).toBeUndefined();
    return { placement: response.data!.holdBed, holder };
  }

  async function confirm(bedId: string, person: Record<string, unknown>) {
    const { placement, holder } = await held(bedId);
    const response = await t.gql(CONFIRM, { input: { placementId: placement.id, survivor: person } }, holder.token);
    return { response, placement, holder };
  }

  describe('age', () => {
    it.each([
      ['ageStatus AGE_UNCERTAIN', { ageStatus: 'AGE_UNCERTAIN' }],
      ['ageStatus CHILD', { ageStatus: 'CHILD' }],
      ['adult: false', { ageStatus: undefined, adult: false }],
    ])(
      'refers %s to the local authority, citing s51 and the emergency duty team, and books nothing',
      async (_, age) => {
        const { bed } = await house(spot(), 2, { instantBooking: true });
        const survivors = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM survivor`))[0].n;
        const before = await survivors();
        const { response, placement, holder } = await confirm(bed.id, survivor(age));
        const error = errorOf(response);
        expect(error.reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
        expect(error.message).toMatch(/Modern Slavery Act 2015 s51/);
        expect(error.message).toMatch(/presumed a child until a local authority assesses their age/);
        expect(error.message).toMatch(/local authority's children's services/);
        expect(error.message).toMatch(/emergency duty team/);
        expect((await t.gql(PLACEMENT, { id: placement.id }, holder.token)).data!.placement.status).toBe('HELD');
        expect(await survivors()).toBe(before);
      },
    );

    it('refers a person of uncertain age placed directly, or taken on for outreach, the same way', async () => {
      const { bed } = await house(spot(), 2);
      const direct = await t.gql(
        DIRECT,
        { input: { bedId: bed.id, nights: 3, survivor: survivor({ ageStatus: 'AGE_UNCERTAIN' }) } },
        coordinator.token,
      );
      expect(errorOf(direct).reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
      const outreach = await t.gql(
        OPEN_CASE,
        { input: { providerId, area: 'Manchester', survivor: survivor({ ageStatus: 'AGE_UNCERTAIN' }) } },
        coordinator.token,
      );
      expect(errorOf(outreach).reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
      expect(errorOf(outreach).message).toMatch(/s51/);
    });

    it('takes an adult by ageStatus or by adult: true, and stores ADULT', async () => {
      const { bed } = await house(spot(), 2, { instantBooking: true });
      const byStatus = await confirm(bed.id, survivor({ interpreterNeeded: true }));
      expect(byStatus.response.errors).toBeUndefined();
      expect(byStatus.response.data!.confirmPlacement.survivor).toMatchObject({
        ageStatus: 'ADULT',
        interpreterNeeded: true,
        dependants: 0,
        dependantsDetail: [],
      });
      const { bed: other } = await house(spot(), 2, { instantBooking: true });
      const byAdult = await confirm(other.id, survivor({ ageStatus: undefined, adult: true }));
      expect(byAdult.response.errors).toBeUndefined();
      expect(byAdult.response.data!.confirmPlacement.survivor).toMatchObject({
        ageStatus: 'ADULT',
        interpreterNeeded: false,
      });
    });

    it.each([
      ['neither adult nor ageStatus', { ageStatus: undefined }],
      ['adult: true with ageStatus CHILD', { adult: true, ageStatus: 'CHILD' }],
      ['adult: false with ageStatus ADULT', { adult: false, ageStatus: 'ADULT' }],
    ])('refuses %s as BAD_USER_INPUT naming ageStatus', async (_, age) => {
      const { bed } = await house(spot(), 2);
      const { response } = await confirm(bed.id, survivor(age));
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.survivor.ageStatus' });
    });

    it('says, without consent, that the duty to notify binds public authorities, not a charity', async () => {
      const { bed } = await house(spot(), 2);
      const { response } = await confirm(bed.id, survivor({ consentToReferral: false }));
      const error = errorOf(response);
      expect(error.reason).toBe('CONSENT_REQUIRED');
      expect(error.message).toMatch(/binds public authorities \(the police, a local authority\)/);
      expect(error.message).toMatch(/not a charity's first responder/);
    });
  });

  describe('languages', () => {
    it('takes well-formed BCP 47 tags and stores them as given, trimmed', async () => {
      const { bed } = await house(spot(), 2, { instantBooking: true });
      const languages = ['ro', 'sq', 'ckb', 'kmr', 'bfi', 'pcm', ' pt-BR '];
      const { response } = await confirm(bed.id, survivor({ languages }));
      expect(response.errors).toBeUndefined();
      expect(response.data!.confirmPlacement.survivor.languages).toEqual([
        'ro',
        'sq',
        'ckb',
        'kmr',
        'bfi',
        'pcm',
        'pt-BR',
      ]);

      const worker = await t.gql(
        CREATE_WORKER,
        { input: { providerId, name: 'Rojin', gender: 'WOMAN', languages: ['ckb', 'kmr', 'en-GB'], maxCaseload: 5 } },
        coordinator.token,
      );
      expect(worker.data?.createSupportWorker.languages).toEqual(['ckb', 'kmr', 'en-GB']);
    });

    it('refuses english!! wherever a language is given, naming the field', async () => {
      const { bed } = await house(spot(), 2);
      expect(errorOf((await confirm(bed.id, survivor({ languages: ['ro', 'english!!'] }))).response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.survivor.languages',
      });
      for (const field of ['language', 'preferLanguage']) {
        const response = await t.gql(
          SEARCH,
          { input: { near: spot(), nights: 2, guestGender: 'WOMAN', [field]: 'english!!' } },
          officer.token,
        );
        expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
      }
      const worker = await t.gql(
        CREATE_WORKER,
        { input: { providerId, name: 'X', gender: 'MAN', languages: ['english!!'], maxCaseload: 2 } },
        coordinator.token,
      );
      expect(errorOf(worker)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.languages' });
      const { house: made } = await house(spot(), 2);
      const update = await t.gql(UPDATE_HOUSE, { id: made.id, input: { languages: ['english!!'] } }, coordinator.token);
      expect(errorOf(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.languages' });
      expect(update.text).not.toContain('english!!');
    });

    it('matches pt-BR to pt and back, in any case, but ku only to ku', async () => {
      const here = spot();
      const { house: brazilian } = await house(here, 2, { languages: ['en', 'pt-BR'] });
      const { house: portuguese } = await house(here, 7, { languages: ['PT'] });
      const { house: kurdish } = await house(here, 12, { languages: ['ku'] });
      const ids = async (language: string) => (await search({ near: here, language })).map((r) => r.safehouse.id);
      expect(await ids('pt')).toEqual([brazilian.id, portuguese.id]);
      expect(await ids('pt-br')).toEqual([brazilian.id, portuguese.id]);
      expect(await ids('ckb')).toEqual([]);
      expect(await ids('KU')).toEqual([kurdish.id]);
    });

    it('ranks first the houses whose staff speak the preferred language, and says so', async () => {
      const here = spot();
      const { house: kurdish } = await house(here, 2, { languages: ['en', 'ku'] });
      const { house: sorani } = await house(here, 7, { languages: ['en', 'ckb'] });

      const preferring = await search({ near: here, preferLanguage: 'ckb' });
      expect(preferring.map((r) => [r.safehouse.id, r.speaksPreferredLanguage])).toEqual([
        [sorani.id, true],
        [kurdish.id, false],
      ]);

      const plain = await search({ near: here });
      expect(plain.map((r) => [r.safehouse.id, r.speaksPreferredLanguage])).toEqual([
        [kurdish.id, false],
        [sorani.id, false],
      ]);
    });

    it('still puts a house open for the arrival before one that speaks the language but is closed', async () => {
      const here = spot();
      const { house: soraniClosed } = await house(here, 2, {
        languages: ['ckb'],
        open24Hours: false,
        opensAt: '18:00',
        closesAt: '22:00',
      });
      const { house: englishOpen } = await house(here, 7, { languages: ['en'] });
      const { house: soraniOpen } = await house(here, 12, { languages: ['CKB-IQ'] });
      const results = await search({ near: here, preferLanguage: 'ckb' });
      expect(results.map((r) => [r.safehouse.id, r.acceptsArrival, r.speaksPreferredLanguage])).toEqual([
        [soraniOpen.id, true, true],
        [englishOpen.id, true, false],
        [soraniClosed.id, false, true],
      ]);
    });
  });

  describe('dependants one by one, and a house that takes boys up to an age', () => {
    const boyOf14 = { ageBand: 'AGE_12_TO_15', gender: 'MAN' };
    const boyOf8 = { ageBand: 'AGE_5_TO_11', gender: 'MAN' };
    const familyHouse = { acceptsDependants: true, acceptsBoysUpToAge: 12 };

    it('does not offer a family with a 14-year-old boy a house that takes boys up to 12, and offers one with an 8-year-old', async () => {
      const here = spot();
      const { house: upTo12 } = await house(here, 2, familyHouse, 2);
      const { house: noLimit } = await house(here, 12, { acceptsDependants: true }, 2);

      const withTeenager = await search({ near: here, dependantsDetail: [boyOf14] });
      expect(withTeenager.map((r) => r.safehouse.id)).toEqual([noLimit.id]);
      expect(withTeenager[0].safehouse.acceptsBoysUpToAge).toBeNull();

      const withChild = await search({ near: here, dependantsDetail: [boyOf8] });
      expect(withChild.map((r) => r.safehouse.id)).toEqual([upTo12.id, noLimit.id]);
      expect(withChild[0].safehouse.acceptsBoysUpToAge).toBe(12);

      // A girl of any age, or dependants only counted, meet no limit for boys.
      const withGirl = await search({ near: here, dependantsDetail: [{ ageBand: 'AGE_16_TO_17', gender: 'WOMAN' }] });
      expect(withGirl.map((r) => r.safehouse.id)).toEqual([upTo12.id, noLimit.id]);
      expect((await search({ near: here, dependants: 1 })).map((r) => r.safehouse.id)).toEqual([upTo12.id, noLimit.id]);
    });

    it('counts the list as the dependants: a bed must sleep them all', async () => {
      const here = spot();
      await house(here, 2, { acceptsDependants: true }, 2);
      const { house: roomy } = await house(here, 12, { acceptsDependants: true }, 3);
      const results = await search({ near: here, dependantsDetail: [boyOf8, { ageBand: 'UNDER_5', gender: 'WOMAN' }] });
      expect(results.map((r) => r.safehouse.id)).toEqual([roomy.id]);
    });

    it('refuses the 14-year-old at confirm and placing directly (NOT_ELIGIBLE), and books the 8-year-old', async () => {
      const { house: made, bed } = await house(spot(), 2, { ...familyHouse, instantBooking: true }, 2);
      const refused = await confirm(bed.id, survivor({ dependantsDetail: [boyOf14] }));
      expect(errorOf(refused.response)).toMatchObject({
        reason: 'NOT_ELIGIBLE',
        message: 'This safehouse takes boys only up to the age of 12, and a boy among the dependants may be older.',
      });
      const direct = await t.gql(
        DIRECT,
        { input: { bedId: bed.id, nights: 3, survivor: survivor({ dependantsDetail: [boyOf14] }) } },
        coordinator.token,
      );
      expect(errorOf(direct).reason).toBe('NOT_ELIGIBLE');

      const another = await t.world.bed(made.id, { sleeps: 2 });
      const taken = await confirm(another.id, survivor({ dependantsDetail: [boyOf8] }));
      expect(taken.response.errors).toBeUndefined();
      expect(taken.response.data!.confirmPlacement).toMatchObject({
        status: 'CONFIRMED',
        survivor: { dependants: 1, dependantsDetail: [boyOf8] },
      });
    });

    it('refuses a count that disagrees with the list, naming dependants, and takes one that agrees', async () => {
      const { house: made, bed } = await house(spot(), 2, { ...familyHouse, instantBooking: true }, 3);
      const disagreeing = await confirm(bed.id, survivor({ dependants: 2, dependantsDetail: [boyOf8] }));
      expect(errorOf(disagreeing.response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.survivor.dependants',
      });
      const searched = await t.gql(
        SEARCH,
        { input: { near: spot(), nights: 2, guestGender: 'WOMAN', dependants: 3, dependantsDetail: [boyOf8] } },
        officer.token,
      );
      expect(errorOf(searched)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dependants' });

      const another = await t.world.bed(made.id, { sleeps: 3 });
      const agreeing = await confirm(another.id, survivor({ dependants: 2, dependantsDetail: [boyOf8, boyOf8] }));
      expect(agreeing.response.errors).toBeUndefined();
      expect(agreeing.response.data!.confirmPlacement.survivor.dependants).toBe(2);
    });

    it('lets a coordinator set a limit for boys, and remove it with null', async () => {
      const created = await t.gql(
        CREATE_HOUSE,
        {
          input: {
            providerId,
            name: 'Family house',
            kind: 'SAFEHOUSE',
            area: 'Salford',
            address: '1 Quiet Road',
            postcode: 'M5 4AA',
            latitude: 53.48,
            longitude: -2.29,
            acceptsGenders: ['WOMAN'],
            acceptsDependants: true,
            acceptsBoysUpToAge: 11,
            stepFreeAccess: false,
            languages: ['en', 'ur', 'pcm'],
            intakeHours: { open24Hours: true },
            instantBooking: false,
          },
        },
        coordinator.token,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createSafehouse.id;
      expect(created.data!.createSafehouse.acceptsBoysUpToAge).toBe(11);

      const raised = await t.gql(UPDATE_HOUSE, { id, input: { acceptsBoysUpToAge: 15 } }, coordinator.token);
      expect(raised.data!.updateSafehouse.acceptsBoysUpToAge).toBe(15);
      const untouched = await t.gql(UPDATE_HOUSE, { id, input: { name: 'Family house 2' } }, coordinator.token);
      expect(untouched.data!.updateSafehouse.acceptsBoysUpToAge).toBe(15);
      const cleared = await t.gql(UPDATE_HOUSE, { id, input: { acceptsBoysUpToAge: null } }, coordinator.token);
      expect(cleared.data!.updateSafehouse.acceptsBoysUpToAge).toBeNull();
      const tooOld = await t.gql(UPDATE_HOUSE, { id, input: { acceptsBoysUpToAge: 18 } }, coordinator.token);
      expect(errorOf(tooOld)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptsBoysUpToAge' });
    });
  });

  describe('a place the person turned down', () => {
    async function unmet(need: { withDependants: boolean; needsAccessibleBed: boolean }) {
      const response = await t.gql(UNMET, { from: NOW, to: NOW }, admin.token);
      expect(response.errors).toBeUndefined();
      const row = (response.data!.unmetDemand as any[]).find(
        (r) =>
          r.guestGender === 'WOMAN' &&
          r.kind === 'SAFEHOUSE' &&
          r.withDependants === need.withDependants &&
          r.needsAccessibleBed === need.needsAccessibleBed,
      );
      return { declines: row?.declines ?? 0, survivorDeclines: row?.survivorDeclines ?? 0 };
    }

    it('counts SURVIVOR_DECLINED in survivorDeclines by need, keeps why on the placement, and counts no other why', async () => {
      const need = { withDependants: true, needsAccessibleBed: true };
      const before = await unmet(need);
      const { bed } = await house(spot(), 2, { instantBooking: true, acceptsDependants: true }, 2);
      await t.dataSource.query(`UPDATE bed SET accessible = true WHERE id = $1`, [bed.id]);
      const booked = await confirm(bed.id, survivor({ dependants: 1, needsAccessibleBed: true }));
      expect(booked.response.errors).toBeUndefined();
      const cancelled = await t.gql(CANCEL, { id: booked.placement.id, why: 'SURVIVOR_DECLINED' }, booked.holder.token);
      expect(cancelled.data?.cancelPlacement.status).toBe('CANCELLED');
      expect(await unmet(need)).toEqual({ declines: before.declines, survivorDeclines: before.survivorDeclines + 1 });
      const [row] = await t.dataSource.query(`SELECT cancel_reason FROM placement WHERE id = $1`, [
        booked.placement.id,
      ]);
      expect(row.cancel_reason).toBe('SURVIVOR_DECLINED');

      for (const why of ['PLACED_ELSEWHERE', null]) {
        const again = await confirm(bed.id, survivor({ dependants: 1, needsAccessibleBed: true }));
        expect(again.response.errors).toBeUndefined();
        const other = await t.gql(CANCEL, { id: again.placement.id, why }, again.holder.token);
        expect(other.errors).toBeUndefined();
      }
      expect(await unmet(need)).toEqual({ declines: before.declines, survivorDeclines: before.survivorDeclines + 1 });
    });

    it("keeps a provider's decline in declines, not survivorDeclines", async () => {
      const need = { withDependants: false, needsAccessibleBed: false };
      const before = await unmet(need);
      const { bed } = await house(spot(), 2);
      const referred = await confirm(bed.id, survivor());
      expect(referred.response.data!.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');
      expect((await t.gql(DECLINE, { id: referred.placement.id }, coordinator.token)).errors).toBeUndefined();
      expect(await unmet(need)).toEqual({ declines: before.declines + 1, survivorDeclines: before.survivorDeclines });
    });
  });
});
