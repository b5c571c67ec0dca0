import { graphql } from '../gql';

export const PREFERENCES = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      topic
      channels
    }
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($topic: NotificationTopic!, $channels: [NotificationChannel!]!) {
    setNotificationPreference(topic: $topic, channels: $channels) {
      topic
      channels
    }
  }
`);

export const ON_CALL_MAILBOX = graphql(`
  query OnCallMailbox($id: ID!) {
    provider(id: $id) {
      id
      onCallEmail
    }
  }
`);

export const SET_ON_CALL_MAILBOX = graphql(`
  mutation SetOnCallMailbox($id: ID!, $onCallEmail: String) {
    updateProvider(id: $id, input: { onCallEmail: $onCallEmail }) {
      id
      onCallEmail
    }
  }
`);
