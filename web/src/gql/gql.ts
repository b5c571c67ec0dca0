/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Commissioners {\n    commissioners {\n      id\n      name\n      region\n    }\n  }\n": typeof types.CommissionersDocument,
    "\n  query Quality($commissionerId: ID) {\n    qualityOverview(commissionerId: $commissionerId) {\n      latestRating\n      lastInspectedOn\n      nextInspectionDueOn\n      inspectionOverdue\n      openActions\n      overdueActions\n      referralsSuspended\n      safehouse {\n        id\n        name\n        area\n        suspensionReason\n        provider {\n          id\n          name\n        }\n        latestInspection {\n          id\n          actions {\n            dueOn\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.QualityDocument,
    "\n  query UnmetDemand($from: DateTime!, $to: DateTime!) {\n    unmetDemand(from: $from, to: $to) {\n      guestGender\n      withDependants\n      needsAccessibleBed\n      kind\n      searches\n      searchesWithNoResult\n      declines\n    }\n  }\n": typeof types.UnmetDemandDocument,
    "\n  fragment CommissionedSafehouse on Safehouse {\n    id\n    name\n    area\n    referralsSuspended\n    suspensionReason\n    provider {\n      id\n      name\n    }\n    latestInspection {\n      id\n    }\n  }\n": typeof types.CommissionedSafehouseFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      inspectedOn\n      kind\n      status\n      inspectorName\n      overallRating\n      overallRatingOverridden\n      overrideReason\n      publishedAt\n      nextInspectionDueOn\n      commissioner {\n        id\n        name\n      }\n      safehouse {\n        ...CommissionedSafehouse\n      }\n      ratings {\n        keyQuestion\n        rating\n        summary\n      }\n      findings {\n        standard\n        outcome\n        notes\n      }\n      actions {\n        id\n        description\n        keyQuestion\n        dueOn\n        status\n        overdue\n        completedAt\n        evidence\n        verifiedAt\n      }\n    }\n  }\n": typeof types.InspectionDocument,
    "\n  mutation VerifyAction($actionId: ID!) {\n    verifyInspectionAction(actionId: $actionId) {\n      id\n      status\n      overdue\n      verifiedAt\n      completedAt\n      evidence\n    }\n  }\n": typeof types.VerifyActionDocument,
    "\n  mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {\n    suspendReferrals(safehouseId: $safehouseId, reason: $reason) {\n      ...CommissionedSafehouse\n    }\n  }\n": typeof types.SuspendReferralsDocument,
    "\n  mutation ResumeReferrals($safehouseId: ID!) {\n    resumeReferrals(safehouseId: $safehouseId) {\n      ...CommissionedSafehouse\n    }\n  }\n": typeof types.ResumeReferralsDocument,
    "\n  query Inspections($filter: InspectionFilter, $after: String) {\n    inspections(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          inspectedOn\n          status\n          overallRating\n          safehouse {\n            id\n            name\n            area\n            provider {\n              id\n              name\n            }\n          }\n          actions {\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionsDocument,
    "\n  query Search($input: AvailabilitySearchInput!) {\n    searchAvailability(input: $input) {\n      acceptsArrival\n      distanceKm\n      nextIntakeAt\n      speaksPreferredLanguage\n      availableBeds {\n        id\n        label\n        sleeps\n        accessible\n      }\n      safehouse {\n        id\n        name\n        area\n        kind\n        stepFreeAccess\n        acceptsDependants\n        acceptsBoysUpToAge\n        languages\n        instantBooking\n        capacityStale\n        capacityConfirmedAt\n        latestRating\n        provider {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  subscription Changed($near: GeoPointInput, $radiusKm: Float) {\n    availabilityChanged(near: $near, radiusKm: $radiusKm) {\n      safehouseId\n      bedId\n      at\n    }\n  }\n": typeof types.ChangedDocument,
    "\n  subscription PlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n": typeof types.PlacementChangedDocument,
    "\n  fragment DutyPlacement on Placement {\n    id\n    status\n    statusReason\n    from\n    until\n    arrivingAt\n    holdExpiresAt\n    acceptanceDueAt\n    acceptanceOverdue\n    declineReason\n    outOfHoursPhone\n    bed {\n      id\n      label\n      sleeps\n      accessible\n    }\n    safehouse {\n      id\n      name\n      area\n      kind\n      instantBooking\n      address\n      postcode\n      provider {\n        name\n      }\n    }\n  }\n": typeof types.DutyPlacementFragmentDoc,
    "\n  query Placement($id: ID!) {\n    placement(id: $id) {\n      ...DutyPlacement\n    }\n  }\n": typeof types.PlacementDocument,
    "\n  mutation Hold($input: HoldBedInput!) {\n    holdBed(input: $input) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n": typeof types.HoldDocument,
    "\n  query HeldBeds {\n    placements(filter: { statuses: [HELD] }, first: 50) {\n      edges {\n        node {\n          id\n          holdExpiresAt\n          bed {\n            id\n            label\n          }\n          safehouse {\n            id\n            area\n          }\n          referrer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.HeldBedsDocument,
    "\n  mutation Release($id: ID!) {\n    releaseHold(placementId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReleaseDocument,
    "\n  mutation Confirm($input: ConfirmPlacementInput!) {\n    confirmPlacement(input: $input) {\n      ...DutyPlacement\n    }\n  }\n": typeof types.ConfirmDocument,
    "\n  mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {\n    cancelPlacement(placementId: $id, reason: $reason, why: $why) {\n      ...DutyPlacement\n    }\n  }\n": typeof types.CancelDocument,
    "\n  query Placements($filter: PlacementFilter, $after: String) {\n    placements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          holdExpiresAt\n          acceptanceDueAt\n          acceptanceOverdue\n          bed {\n            label\n          }\n          safehouse {\n            area\n            name\n          }\n          survivor {\n            reference\n            preferredName\n          }\n          referrer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlacementsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Cases($providerId: ID!, $first: Int!, $after: String) {\n    supportCases(first: $first, after: $after, filter: { providerId: $providerId, status: OPEN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          setting\n          area\n          openedOn\n          overdue\n          supportEndsOn\n          survivor {\n            id\n            preferredName\n            reference\n            nrmStatus\n            reasonableGroundsOverdue\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          placements {\n            id\n            status\n            safehouse {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    supportCase(id: $id) {\n      id\n      status\n      setting\n      area\n      openedOn\n      closedOn\n      closeReason\n      overdue\n      supportEndsOn\n      survivor {\n        id\n        preferredName\n        reference\n        nrmStatus\n        reasonableGroundsOverdue\n        ageStatus\n        gender\n        nrmReferredOn\n        nrmDecisions {\n          decision\n          decidedOn\n          notifiedOn\n          reconsideration\n          recordedAt\n        }\n      }\n      supportEndHistory {\n        at\n        basis\n        rule\n        supportEndsOn\n        by {\n          displayName\n        }\n      }\n      recoveryNeedsAssessments {\n        id\n        status\n        submittedOn\n        decidedOn\n        supportUntil\n        needs\n        note\n      }\n      placements {\n        id\n        status\n        safehouse {\n          name\n        }\n        bed {\n          label\n        }\n      }\n      moveOnPlan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation OpenCase($input: OpenSupportCaseInput!) {\n    openSupportCase(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {\n    recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) {\n      id\n      nrmStatus\n    }\n  }\n": typeof types.RecordReferralDocument,
    "\n  mutation RecordDecision($input: RecordNrmDecisionInput!) {\n    recordNrmDecision(input: $input) {\n      id\n      nrmStatus\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {\n    requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) {\n      id\n      nrmStatus\n    }\n  }\n": typeof types.RequestReconsiderationDocument,
    "\n  mutation Withdraw($survivorId: ID!, $on: Date!) {\n    withdrawFromNrm(survivorId: $survivorId, on: $on) {\n      id\n      nrmStatus\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitRnaDocument,
    "\n  mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {\n    recordRecoveryNeedsAssessmentOutcome(input: $input) {\n      id\n      status\n      supportUntil\n    }\n  }\n": typeof types.DecideRnaDocument,
    "\n  mutation ExtendSupport($input: ExtendSupportInput!) {\n    extendSupport(input: $input) {\n      id\n      supportEndsOn\n    }\n  }\n": typeof types.ExtendSupportDocument,
    "\n  mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {\n    closeSupportCase(id: $id, reason: $reason, note: $note) {\n      id\n      status\n      closedOn\n      closeReason\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  query Board($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      safehouses {\n        id\n        name\n        area\n        kind\n        capacityConfirmedAt\n        capacityStale\n        referralsSuspended\n        bedBoard(days: 7) {\n          bed {\n            id\n            label\n            sleeps\n            accessible\n          }\n          days {\n            day\n            state\n            placementId\n            blockId\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  mutation ConfirmCapacity($id: ID!) {\n    confirmCapacity(safehouseId: $id) {\n      id\n      capacityConfirmedAt\n      capacityStale\n    }\n  }\n": typeof types.ConfirmCapacityDocument,
    "\n  mutation SetOutOfService($input: BedOutOfServiceInput!) {\n    setBedOutOfService(input: $input) {\n      id\n    }\n  }\n": typeof types.SetOutOfServiceDocument,
    "\n  mutation ReturnToService($blockId: ID!) {\n    returnBedToService(blockId: $blockId)\n  }\n": typeof types.ReturnToServiceDocument,
    "\n  fragment ProviderPlacement on Placement {\n    id\n    status\n    from\n    until\n    arrivingAt\n    arrivedAt\n    acceptanceDueAt\n    acceptanceOverdue\n    safehouse {\n      id\n      name\n    }\n    bed {\n      id\n      label\n    }\n    referrerOrganisation {\n      name\n    }\n    survivor {\n      id\n      preferredName\n      reference\n      gender\n      dependants\n      languages\n      accessibilityNeeds\n      nrmStatus\n      prefersWorkerGender\n    }\n  }\n": typeof types.ProviderPlacementFragmentDoc,
    "\n  query Referrals($providerId: ID!, $first: Int!, $after: String) {\n    placements(\n      first: $first\n      after: $after\n      filter: { providerId: $providerId, statuses: [AWAITING_ACCEPTANCE] }\n      orderBy: ACCEPTANCE_DUE_FIRST\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n        }\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  mutation Accept($id: ID!) {\n    acceptPlacement(placementId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptDocument,
    "\n  mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {\n    declinePlacement(placementId: $id, reason: $reason, note: $note) {\n      id\n      status\n      declineReason\n    }\n  }\n": typeof types.DeclineDocument,
    "\n  query Today($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          plannedUntil\n          arrivingAt\n          arrivedAt\n          safehouse {\n            id\n            name\n          }\n          bed {\n            id\n            label\n          }\n          referrerOrganisation {\n            name\n          }\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          moveOnPlan {\n            id\n            status\n            targetMoveOnOn\n            supportEndsOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayDocument,
    "\n  mutation Arrive($id: ID!) {\n    recordArrival(placementId: $id) {\n      id\n      status\n      arrivedAt\n    }\n  }\n": typeof types.ArriveDocument,
    "\n  mutation NoShow($id: ID!) {\n    recordNoShow(placementId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.NoShowDocument,
    "\n  mutation Depart($id: ID!, $destination: MoveOnDestination!) {\n    recordDeparture(placementId: $id, destination: $destination) {\n      id\n      status\n      departedAt\n      destination\n    }\n  }\n": typeof types.DepartDocument,
    "\n  query Unassigned($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n          supportWorkers {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnassignedDocument,
    "\n  fragment Suggestion on SupportWorkerSuggestion {\n    reasons\n    score\n    supportWorker {\n      id\n      name\n      gender\n      languages\n      activeCaseload\n      maxCaseload\n    }\n  }\n": typeof types.SuggestionFragmentDoc,
    "\n  mutation Assign($input: AssignSupportWorkerInput!) {\n    assignSupportWorker(input: $input) {\n      id\n      role\n      supportWorker {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignDocument,
    "\n  query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {\n    moveOnPlans(first: $first, after: $after, filter: { providerId: $providerId, supportEndsBefore: $before }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          overdue\n          supportEndsOn\n          targetMoveOnOn\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          placement {\n            id\n            safehouse {\n              name\n            }\n            bed {\n              label\n            }\n          }\n          goals {\n            id\n            status\n          }\n          supportCase {\n            id\n            setting\n            area\n            survivor {\n              nrmStatus\n              reasonableGroundsOverdue\n            }\n            recoveryNeedsAssessments {\n              status\n              submittedOn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoveOnDocument,
    "\n  mutation ActivatePlan($id: ID!) {\n    activateMoveOnPlan(planId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ActivatePlanDocument,
    "\n  subscription ProviderPlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n": typeof types.ProviderPlacementChangedDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": typeof types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n": typeof types.RemovePushSubscriptionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      topic\n      channels\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(topic: $topic, channels: $channels) {\n      topic\n      channels\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query OnCallMailbox($id: ID!) {\n    provider(id: $id) {\n      id\n      onCallEmail\n    }\n  }\n": typeof types.OnCallMailboxDocument,
    "\n  mutation SetOnCallMailbox($id: ID!, $onCallEmail: String) {\n    updateProvider(id: $id, input: { onCallEmail: $onCallEmail }) {\n      id\n      onCallEmail\n    }\n  }\n": typeof types.SetOnCallMailboxDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    supportCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          setting\n          status\n          area\n          supportEndsOn\n          overdue\n          survivor {\n            id\n            preferredName\n            reference\n            languages\n            interpreterNeeded\n            accessibilityNeeds\n            nrmStatus\n          }\n          placements {\n            id\n            status\n            safehouse {\n              id\n              name\n            }\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          moveOnPlan {\n            id\n            status\n            goals {\n              id\n              area\n              description\n              status\n              dueOn\n              note\n              owner {\n                id\n                user {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {\n    updateMoveOnGoal(goalId: $goalId, input: $input) {\n      id\n      status\n      note\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation WorkerSubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n": typeof types.WorkerSubmitRnaDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Commissioners {\n    commissioners {\n      id\n      name\n      region\n    }\n  }\n": types.CommissionersDocument,
    "\n  query Quality($commissionerId: ID) {\n    qualityOverview(commissionerId: $commissionerId) {\n      latestRating\n      lastInspectedOn\n      nextInspectionDueOn\n      inspectionOverdue\n      openActions\n      overdueActions\n      referralsSuspended\n      safehouse {\n        id\n        name\n        area\n        suspensionReason\n        provider {\n          id\n          name\n        }\n        latestInspection {\n          id\n          actions {\n            dueOn\n            status\n          }\n        }\n      }\n    }\n  }\n": types.QualityDocument,
    "\n  query UnmetDemand($from: DateTime!, $to: DateTime!) {\n    unmetDemand(from: $from, to: $to) {\n      guestGender\n      withDependants\n      needsAccessibleBed\n      kind\n      searches\n      searchesWithNoResult\n      declines\n    }\n  }\n": types.UnmetDemandDocument,
    "\n  fragment CommissionedSafehouse on Safehouse {\n    id\n    name\n    area\n    referralsSuspended\n    suspensionReason\n    provider {\n      id\n      name\n    }\n    latestInspection {\n      id\n    }\n  }\n": types.CommissionedSafehouseFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      inspectedOn\n      kind\n      status\n      inspectorName\n      overallRating\n      overallRatingOverridden\n      overrideReason\n      publishedAt\n      nextInspectionDueOn\n      commissioner {\n        id\n        name\n      }\n      safehouse {\n        ...CommissionedSafehouse\n      }\n      ratings {\n        keyQuestion\n        rating\n        summary\n      }\n      findings {\n        standard\n        outcome\n        notes\n      }\n      actions {\n        id\n        description\n        keyQuestion\n        dueOn\n        status\n        overdue\n        completedAt\n        evidence\n        verifiedAt\n      }\n    }\n  }\n": types.InspectionDocument,
    "\n  mutation VerifyAction($actionId: ID!) {\n    verifyInspectionAction(actionId: $actionId) {\n      id\n      status\n      overdue\n      verifiedAt\n      completedAt\n      evidence\n    }\n  }\n": types.VerifyActionDocument,
    "\n  mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {\n    suspendReferrals(safehouseId: $safehouseId, reason: $reason) {\n      ...CommissionedSafehouse\n    }\n  }\n": types.SuspendReferralsDocument,
    "\n  mutation ResumeReferrals($safehouseId: ID!) {\n    resumeReferrals(safehouseId: $safehouseId) {\n      ...CommissionedSafehouse\n    }\n  }\n": types.ResumeReferralsDocument,
    "\n  query Inspections($filter: InspectionFilter, $after: String) {\n    inspections(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          inspectedOn\n          status\n          overallRating\n          safehouse {\n            id\n            name\n            area\n            provider {\n              id\n              name\n            }\n          }\n          actions {\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.InspectionsDocument,
    "\n  query Search($input: AvailabilitySearchInput!) {\n    searchAvailability(input: $input) {\n      acceptsArrival\n      distanceKm\n      nextIntakeAt\n      speaksPreferredLanguage\n      availableBeds {\n        id\n        label\n        sleeps\n        accessible\n      }\n      safehouse {\n        id\n        name\n        area\n        kind\n        stepFreeAccess\n        acceptsDependants\n        acceptsBoysUpToAge\n        languages\n        instantBooking\n        capacityStale\n        capacityConfirmedAt\n        latestRating\n        provider {\n          name\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  subscription Changed($near: GeoPointInput, $radiusKm: Float) {\n    availabilityChanged(near: $near, radiusKm: $radiusKm) {\n      safehouseId\n      bedId\n      at\n    }\n  }\n": types.ChangedDocument,
    "\n  subscription PlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n": types.PlacementChangedDocument,
    "\n  fragment DutyPlacement on Placement {\n    id\n    status\n    statusReason\n    from\n    until\n    arrivingAt\n    holdExpiresAt\n    acceptanceDueAt\n    acceptanceOverdue\n    declineReason\n    outOfHoursPhone\n    bed {\n      id\n      label\n      sleeps\n      accessible\n    }\n    safehouse {\n      id\n      name\n      area\n      kind\n      instantBooking\n      address\n      postcode\n      provider {\n        name\n      }\n    }\n  }\n": types.DutyPlacementFragmentDoc,
    "\n  query Placement($id: ID!) {\n    placement(id: $id) {\n      ...DutyPlacement\n    }\n  }\n": types.PlacementDocument,
    "\n  mutation Hold($input: HoldBedInput!) {\n    holdBed(input: $input) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n": types.HoldDocument,
    "\n  query HeldBeds {\n    placements(filter: { statuses: [HELD] }, first: 50) {\n      edges {\n        node {\n          id\n          holdExpiresAt\n          bed {\n            id\n            label\n          }\n          safehouse {\n            id\n            area\n          }\n          referrer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.HeldBedsDocument,
    "\n  mutation Release($id: ID!) {\n    releaseHold(placementId: $id) {\n      id\n      status\n    }\n  }\n": types.ReleaseDocument,
    "\n  mutation Confirm($input: ConfirmPlacementInput!) {\n    confirmPlacement(input: $input) {\n      ...DutyPlacement\n    }\n  }\n": types.ConfirmDocument,
    "\n  mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {\n    cancelPlacement(placementId: $id, reason: $reason, why: $why) {\n      ...DutyPlacement\n    }\n  }\n": types.CancelDocument,
    "\n  query Placements($filter: PlacementFilter, $after: String) {\n    placements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          holdExpiresAt\n          acceptanceDueAt\n          acceptanceOverdue\n          bed {\n            label\n          }\n          safehouse {\n            area\n            name\n          }\n          survivor {\n            reference\n            preferredName\n          }\n          referrer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.PlacementsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Cases($providerId: ID!, $first: Int!, $after: String) {\n    supportCases(first: $first, after: $after, filter: { providerId: $providerId, status: OPEN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          setting\n          area\n          openedOn\n          overdue\n          supportEndsOn\n          survivor {\n            id\n            preferredName\n            reference\n            nrmStatus\n            reasonableGroundsOverdue\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          placements {\n            id\n            status\n            safehouse {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    supportCase(id: $id) {\n      id\n      status\n      setting\n      area\n      openedOn\n      closedOn\n      closeReason\n      overdue\n      supportEndsOn\n      survivor {\n        id\n        preferredName\n        reference\n        nrmStatus\n        reasonableGroundsOverdue\n        ageStatus\n        gender\n        nrmReferredOn\n        nrmDecisions {\n          decision\n          decidedOn\n          notifiedOn\n          reconsideration\n          recordedAt\n        }\n      }\n      supportEndHistory {\n        at\n        basis\n        rule\n        supportEndsOn\n        by {\n          displayName\n        }\n      }\n      recoveryNeedsAssessments {\n        id\n        status\n        submittedOn\n        decidedOn\n        supportUntil\n        needs\n        note\n      }\n      placements {\n        id\n        status\n        safehouse {\n          name\n        }\n        bed {\n          label\n        }\n      }\n      moveOnPlan {\n        id\n        status\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  mutation OpenCase($input: OpenSupportCaseInput!) {\n    openSupportCase(input: $input) {\n      id\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {\n    recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) {\n      id\n      nrmStatus\n    }\n  }\n": types.RecordReferralDocument,
    "\n  mutation RecordDecision($input: RecordNrmDecisionInput!) {\n    recordNrmDecision(input: $input) {\n      id\n      nrmStatus\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {\n    requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) {\n      id\n      nrmStatus\n    }\n  }\n": types.RequestReconsiderationDocument,
    "\n  mutation Withdraw($survivorId: ID!, $on: Date!) {\n    withdrawFromNrm(survivorId: $survivorId, on: $on) {\n      id\n      nrmStatus\n    }\n  }\n": types.WithdrawDocument,
    "\n  mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitRnaDocument,
    "\n  mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {\n    recordRecoveryNeedsAssessmentOutcome(input: $input) {\n      id\n      status\n      supportUntil\n    }\n  }\n": types.DecideRnaDocument,
    "\n  mutation ExtendSupport($input: ExtendSupportInput!) {\n    extendSupport(input: $input) {\n      id\n      supportEndsOn\n    }\n  }\n": types.ExtendSupportDocument,
    "\n  mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {\n    closeSupportCase(id: $id, reason: $reason, note: $note) {\n      id\n      status\n      closedOn\n      closeReason\n    }\n  }\n": types.CloseCaseDocument,
    "\n  query Board($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      safehouses {\n        id\n        name\n        area\n        kind\n        capacityConfirmedAt\n        capacityStale\n        referralsSuspended\n        bedBoard(days: 7) {\n          bed {\n            id\n            label\n            sleeps\n            accessible\n          }\n          days {\n            day\n            state\n            placementId\n            blockId\n          }\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  mutation ConfirmCapacity($id: ID!) {\n    confirmCapacity(safehouseId: $id) {\n      id\n      capacityConfirmedAt\n      capacityStale\n    }\n  }\n": types.ConfirmCapacityDocument,
    "\n  mutation SetOutOfService($input: BedOutOfServiceInput!) {\n    setBedOutOfService(input: $input) {\n      id\n    }\n  }\n": types.SetOutOfServiceDocument,
    "\n  mutation ReturnToService($blockId: ID!) {\n    returnBedToService(blockId: $blockId)\n  }\n": types.ReturnToServiceDocument,
    "\n  fragment ProviderPlacement on Placement {\n    id\n    status\n    from\n    until\n    arrivingAt\n    arrivedAt\n    acceptanceDueAt\n    acceptanceOverdue\n    safehouse {\n      id\n      name\n    }\n    bed {\n      id\n      label\n    }\n    referrerOrganisation {\n      name\n    }\n    survivor {\n      id\n      preferredName\n      reference\n      gender\n      dependants\n      languages\n      accessibilityNeeds\n      nrmStatus\n      prefersWorkerGender\n    }\n  }\n": types.ProviderPlacementFragmentDoc,
    "\n  query Referrals($providerId: ID!, $first: Int!, $after: String) {\n    placements(\n      first: $first\n      after: $after\n      filter: { providerId: $providerId, statuses: [AWAITING_ACCEPTANCE] }\n      orderBy: ACCEPTANCE_DUE_FIRST\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n        }\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  mutation Accept($id: ID!) {\n    acceptPlacement(placementId: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptDocument,
    "\n  mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {\n    declinePlacement(placementId: $id, reason: $reason, note: $note) {\n      id\n      status\n      declineReason\n    }\n  }\n": types.DeclineDocument,
    "\n  query Today($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          plannedUntil\n          arrivingAt\n          arrivedAt\n          safehouse {\n            id\n            name\n          }\n          bed {\n            id\n            label\n          }\n          referrerOrganisation {\n            name\n          }\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          moveOnPlan {\n            id\n            status\n            targetMoveOnOn\n            supportEndsOn\n          }\n        }\n      }\n    }\n  }\n": types.TodayDocument,
    "\n  mutation Arrive($id: ID!) {\n    recordArrival(placementId: $id) {\n      id\n      status\n      arrivedAt\n    }\n  }\n": types.ArriveDocument,
    "\n  mutation NoShow($id: ID!) {\n    recordNoShow(placementId: $id) {\n      id\n      status\n    }\n  }\n": types.NoShowDocument,
    "\n  mutation Depart($id: ID!, $destination: MoveOnDestination!) {\n    recordDeparture(placementId: $id, destination: $destination) {\n      id\n      status\n      departedAt\n      destination\n    }\n  }\n": types.DepartDocument,
    "\n  query Unassigned($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n          supportWorkers {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.UnassignedDocument,
    "\n  fragment Suggestion on SupportWorkerSuggestion {\n    reasons\n    score\n    supportWorker {\n      id\n      name\n      gender\n      languages\n      activeCaseload\n      maxCaseload\n    }\n  }\n": types.SuggestionFragmentDoc,
    "\n  mutation Assign($input: AssignSupportWorkerInput!) {\n    assignSupportWorker(input: $input) {\n      id\n      role\n      supportWorker {\n        id\n        name\n      }\n    }\n  }\n": types.AssignDocument,
    "\n  query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {\n    moveOnPlans(first: $first, after: $after, filter: { providerId: $providerId, supportEndsBefore: $before }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          overdue\n          supportEndsOn\n          targetMoveOnOn\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          placement {\n            id\n            safehouse {\n              name\n            }\n            bed {\n              label\n            }\n          }\n          goals {\n            id\n            status\n          }\n          supportCase {\n            id\n            setting\n            area\n            survivor {\n              nrmStatus\n              reasonableGroundsOverdue\n            }\n            recoveryNeedsAssessments {\n              status\n              submittedOn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MoveOnDocument,
    "\n  mutation ActivatePlan($id: ID!) {\n    activateMoveOnPlan(planId: $id) {\n      id\n      status\n    }\n  }\n": types.ActivatePlanDocument,
    "\n  subscription ProviderPlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n": types.ProviderPlacementChangedDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n": types.RemovePushSubscriptionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      topic\n      channels\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(topic: $topic, channels: $channels) {\n      topic\n      channels\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query OnCallMailbox($id: ID!) {\n    provider(id: $id) {\n      id\n      onCallEmail\n    }\n  }\n": types.OnCallMailboxDocument,
    "\n  mutation SetOnCallMailbox($id: ID!, $onCallEmail: String) {\n    updateProvider(id: $id, input: { onCallEmail: $onCallEmail }) {\n      id\n      onCallEmail\n    }\n  }\n": types.SetOnCallMailboxDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    supportCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          setting\n          status\n          area\n          supportEndsOn\n          overdue\n          survivor {\n            id\n            preferredName\n            reference\n            languages\n            interpreterNeeded\n            accessibilityNeeds\n            nrmStatus\n          }\n          placements {\n            id\n            status\n            safehouse {\n              id\n              name\n            }\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          moveOnPlan {\n            id\n            status\n            goals {\n              id\n              area\n              description\n              status\n              dueOn\n              note\n              owner {\n                id\n                user {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {\n    updateMoveOnGoal(goalId: $goalId, input: $input) {\n      id\n      status\n      note\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation WorkerSubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n": types.WorkerSubmitRnaDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commissioners {\n    commissioners {\n      id\n      name\n      region\n    }\n  }\n"): typeof import('./graphql').CommissionersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quality($commissionerId: ID) {\n    qualityOverview(commissionerId: $commissionerId) {\n      latestRating\n      lastInspectedOn\n      nextInspectionDueOn\n      inspectionOverdue\n      openActions\n      overdueActions\n      referralsSuspended\n      safehouse {\n        id\n        name\n        area\n        suspensionReason\n        provider {\n          id\n          name\n        }\n        latestInspection {\n          id\n          actions {\n            dueOn\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmetDemand($from: DateTime!, $to: DateTime!) {\n    unmetDemand(from: $from, to: $to) {\n      guestGender\n      withDependants\n      needsAccessibleBed\n      kind\n      searches\n      searchesWithNoResult\n      declines\n    }\n  }\n"): typeof import('./graphql').UnmetDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionedSafehouse on Safehouse {\n    id\n    name\n    area\n    referralsSuspended\n    suspensionReason\n    provider {\n      id\n      name\n    }\n    latestInspection {\n      id\n    }\n  }\n"): typeof import('./graphql').CommissionedSafehouseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      inspectedOn\n      kind\n      status\n      inspectorName\n      overallRating\n      overallRatingOverridden\n      overrideReason\n      publishedAt\n      nextInspectionDueOn\n      commissioner {\n        id\n        name\n      }\n      safehouse {\n        ...CommissionedSafehouse\n      }\n      ratings {\n        keyQuestion\n        rating\n        summary\n      }\n      findings {\n        standard\n        outcome\n        notes\n      }\n      actions {\n        id\n        description\n        keyQuestion\n        dueOn\n        status\n        overdue\n        completedAt\n        evidence\n        verifiedAt\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAction($actionId: ID!) {\n    verifyInspectionAction(actionId: $actionId) {\n      id\n      status\n      overdue\n      verifiedAt\n      completedAt\n      evidence\n    }\n  }\n"): typeof import('./graphql').VerifyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {\n    suspendReferrals(safehouseId: $safehouseId, reason: $reason) {\n      ...CommissionedSafehouse\n    }\n  }\n"): typeof import('./graphql').SuspendReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeReferrals($safehouseId: ID!) {\n    resumeReferrals(safehouseId: $safehouseId) {\n      ...CommissionedSafehouse\n    }\n  }\n"): typeof import('./graphql').ResumeReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inspections($filter: InspectionFilter, $after: String) {\n    inspections(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          inspectedOn\n          status\n          overallRating\n          safehouse {\n            id\n            name\n            area\n            provider {\n              id\n              name\n            }\n          }\n          actions {\n            status\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: AvailabilitySearchInput!) {\n    searchAvailability(input: $input) {\n      acceptsArrival\n      distanceKm\n      nextIntakeAt\n      speaksPreferredLanguage\n      availableBeds {\n        id\n        label\n        sleeps\n        accessible\n      }\n      safehouse {\n        id\n        name\n        area\n        kind\n        stepFreeAccess\n        acceptsDependants\n        acceptsBoysUpToAge\n        languages\n        instantBooking\n        capacityStale\n        capacityConfirmedAt\n        latestRating\n        provider {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Changed($near: GeoPointInput, $radiusKm: Float) {\n    availabilityChanged(near: $near, radiusKm: $radiusKm) {\n      safehouseId\n      bedId\n      at\n    }\n  }\n"): typeof import('./graphql').ChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n"): typeof import('./graphql').PlacementChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyPlacement on Placement {\n    id\n    status\n    statusReason\n    from\n    until\n    arrivingAt\n    holdExpiresAt\n    acceptanceDueAt\n    acceptanceOverdue\n    declineReason\n    outOfHoursPhone\n    bed {\n      id\n      label\n      sleeps\n      accessible\n    }\n    safehouse {\n      id\n      name\n      area\n      kind\n      instantBooking\n      address\n      postcode\n      provider {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DutyPlacementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Placement($id: ID!) {\n    placement(id: $id) {\n      ...DutyPlacement\n    }\n  }\n"): typeof import('./graphql').PlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Hold($input: HoldBedInput!) {\n    holdBed(input: $input) {\n      id\n      status\n      holdExpiresAt\n    }\n  }\n"): typeof import('./graphql').HoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldBeds {\n    placements(filter: { statuses: [HELD] }, first: 50) {\n      edges {\n        node {\n          id\n          holdExpiresAt\n          bed {\n            id\n            label\n          }\n          safehouse {\n            id\n            area\n          }\n          referrer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HeldBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Release($id: ID!) {\n    releaseHold(placementId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Confirm($input: ConfirmPlacementInput!) {\n    confirmPlacement(input: $input) {\n      ...DutyPlacement\n    }\n  }\n"): typeof import('./graphql').ConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {\n    cancelPlacement(placementId: $id, reason: $reason, why: $why) {\n      ...DutyPlacement\n    }\n  }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Placements($filter: PlacementFilter, $after: String) {\n    placements(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          holdExpiresAt\n          acceptanceDueAt\n          acceptanceOverdue\n          bed {\n            label\n          }\n          safehouse {\n            area\n            name\n          }\n          survivor {\n            reference\n            preferredName\n          }\n          referrer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        displayName\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($providerId: ID!, $first: Int!, $after: String) {\n    supportCases(first: $first, after: $after, filter: { providerId: $providerId, status: OPEN }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          setting\n          area\n          openedOn\n          overdue\n          supportEndsOn\n          survivor {\n            id\n            preferredName\n            reference\n            nrmStatus\n            reasonableGroundsOverdue\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          placements {\n            id\n            status\n            safehouse {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    supportCase(id: $id) {\n      id\n      status\n      setting\n      area\n      openedOn\n      closedOn\n      closeReason\n      overdue\n      supportEndsOn\n      survivor {\n        id\n        preferredName\n        reference\n        nrmStatus\n        reasonableGroundsOverdue\n        ageStatus\n        gender\n        nrmReferredOn\n        nrmDecisions {\n          decision\n          decidedOn\n          notifiedOn\n          reconsideration\n          recordedAt\n        }\n      }\n      supportEndHistory {\n        at\n        basis\n        rule\n        supportEndsOn\n        by {\n          displayName\n        }\n      }\n      recoveryNeedsAssessments {\n        id\n        status\n        submittedOn\n        decidedOn\n        supportUntil\n        needs\n        note\n      }\n      placements {\n        id\n        status\n        safehouse {\n          name\n        }\n        bed {\n          label\n        }\n      }\n      moveOnPlan {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenSupportCaseInput!) {\n    openSupportCase(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {\n    recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) {\n      id\n      nrmStatus\n    }\n  }\n"): typeof import('./graphql').RecordReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordNrmDecisionInput!) {\n    recordNrmDecision(input: $input) {\n      id\n      nrmStatus\n    }\n  }\n"): typeof import('./graphql').RecordDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {\n    requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) {\n      id\n      nrmStatus\n    }\n  }\n"): typeof import('./graphql').RequestReconsiderationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($survivorId: ID!, $on: Date!) {\n    withdrawFromNrm(survivorId: $survivorId, on: $on) {\n      id\n      nrmStatus\n    }\n  }\n"): typeof import('./graphql').WithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitRnaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {\n    recordRecoveryNeedsAssessmentOutcome(input: $input) {\n      id\n      status\n      supportUntil\n    }\n  }\n"): typeof import('./graphql').DecideRnaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendSupport($input: ExtendSupportInput!) {\n    extendSupport(input: $input) {\n      id\n      supportEndsOn\n    }\n  }\n"): typeof import('./graphql').ExtendSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {\n    closeSupportCase(id: $id, reason: $reason, note: $note) {\n      id\n      status\n      closedOn\n      closeReason\n    }\n  }\n"): typeof import('./graphql').CloseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($providerId: ID!) {\n    provider(id: $providerId) {\n      id\n      safehouses {\n        id\n        name\n        area\n        kind\n        capacityConfirmedAt\n        capacityStale\n        referralsSuspended\n        bedBoard(days: 7) {\n          bed {\n            id\n            label\n            sleeps\n            accessible\n          }\n          days {\n            day\n            state\n            placementId\n            blockId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCapacity($id: ID!) {\n    confirmCapacity(safehouseId: $id) {\n      id\n      capacityConfirmedAt\n      capacityStale\n    }\n  }\n"): typeof import('./graphql').ConfirmCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOutOfService($input: BedOutOfServiceInput!) {\n    setBedOutOfService(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetOutOfServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToService($blockId: ID!) {\n    returnBedToService(blockId: $blockId)\n  }\n"): typeof import('./graphql').ReturnToServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderPlacement on Placement {\n    id\n    status\n    from\n    until\n    arrivingAt\n    arrivedAt\n    acceptanceDueAt\n    acceptanceOverdue\n    safehouse {\n      id\n      name\n    }\n    bed {\n      id\n      label\n    }\n    referrerOrganisation {\n      name\n    }\n    survivor {\n      id\n      preferredName\n      reference\n      gender\n      dependants\n      languages\n      accessibilityNeeds\n      nrmStatus\n      prefersWorkerGender\n    }\n  }\n"): typeof import('./graphql').ProviderPlacementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($providerId: ID!, $first: Int!, $after: String) {\n    placements(\n      first: $first\n      after: $after\n      filter: { providerId: $providerId, statuses: [AWAITING_ACCEPTANCE] }\n      orderBy: ACCEPTANCE_DUE_FIRST\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($id: ID!) {\n    acceptPlacement(placementId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {\n    declinePlacement(placementId: $id, reason: $reason, note: $note) {\n      id\n      status\n      declineReason\n    }\n  }\n"): typeof import('./graphql').DeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          from\n          until\n          plannedUntil\n          arrivingAt\n          arrivedAt\n          safehouse {\n            id\n            name\n          }\n          bed {\n            id\n            label\n          }\n          referrerOrganisation {\n            name\n          }\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          moveOnPlan {\n            id\n            status\n            targetMoveOnOn\n            supportEndsOn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Arrive($id: ID!) {\n    recordArrival(placementId: $id) {\n      id\n      status\n      arrivedAt\n    }\n  }\n"): typeof import('./graphql').ArriveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoShow($id: ID!) {\n    recordNoShow(placementId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').NoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Depart($id: ID!, $destination: MoveOnDestination!) {\n    recordDeparture(placementId: $id, destination: $destination) {\n      id\n      status\n      departedAt\n      destination\n    }\n  }\n"): typeof import('./graphql').DepartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unassigned($providerId: ID!, $first: Int!, $after: String) {\n    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProviderPlacement\n          supportWorkers {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnassignedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Suggestion on SupportWorkerSuggestion {\n    reasons\n    score\n    supportWorker {\n      id\n      name\n      gender\n      languages\n      activeCaseload\n      maxCaseload\n    }\n  }\n"): typeof import('./graphql').SuggestionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Assign($input: AssignSupportWorkerInput!) {\n    assignSupportWorker(input: $input) {\n      id\n      role\n      supportWorker {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {\n    moveOnPlans(first: $first, after: $after, filter: { providerId: $providerId, supportEndsBefore: $before }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          overdue\n          supportEndsOn\n          targetMoveOnOn\n          survivor {\n            id\n            preferredName\n            reference\n          }\n          placement {\n            id\n            safehouse {\n              name\n            }\n            bed {\n              label\n            }\n          }\n          goals {\n            id\n            status\n          }\n          supportCase {\n            id\n            setting\n            area\n            survivor {\n              nrmStatus\n              reasonableGroundsOverdue\n            }\n            recoveryNeedsAssessments {\n              status\n              submittedOn\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MoveOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivatePlan($id: ID!) {\n    activateMoveOnPlan(planId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ActivatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProviderPlacementChanged {\n    placementChanged {\n      placementId\n      safehouseId\n      status\n      at\n    }\n  }\n"): typeof import('./graphql').ProviderPlacementChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushPublicKey {\n    pushPublicKey\n  }\n"): typeof import('./graphql').PushPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n"): typeof import('./graphql').RegisterPushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n"): typeof import('./graphql').RemovePushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      topic\n      channels\n    }\n  }\n"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(topic: $topic, channels: $channels) {\n      topic\n      channels\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallMailbox($id: ID!) {\n    provider(id: $id) {\n      id\n      onCallEmail\n    }\n  }\n"): typeof import('./graphql').OnCallMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOnCallMailbox($id: ID!, $onCallEmail: String) {\n    updateProvider(id: $id, input: { onCallEmail: $onCallEmail }) {\n      id\n      onCallEmail\n    }\n  }\n"): typeof import('./graphql').SetOnCallMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($first: Int, $after: String) {\n    supportCases(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          setting\n          status\n          area\n          supportEndsOn\n          overdue\n          survivor {\n            id\n            preferredName\n            reference\n            languages\n            interpreterNeeded\n            accessibilityNeeds\n            nrmStatus\n          }\n          placements {\n            id\n            status\n            safehouse {\n              id\n              name\n            }\n          }\n          recoveryNeedsAssessments {\n            id\n            status\n            submittedOn\n          }\n          moveOnPlan {\n            id\n            status\n            goals {\n              id\n              area\n              description\n              status\n              dueOn\n              note\n              owner {\n                id\n                user {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {\n    updateMoveOnGoal(goalId: $goalId, input: $input) {\n      id\n      status\n      note\n    }\n  }\n"): typeof import('./graphql').UpdateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerSubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {\n    submitRecoveryNeedsAssessment(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n"): typeof import('./graphql').WorkerSubmitRnaDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
