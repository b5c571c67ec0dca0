import { useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { useAction } from './kit/hooks';
import { storeToken, type Me } from './session';
import { ErrorNotice, Field, useTitle } from './kit/ui';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        id
        displayName
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** Sign-in with the service's own login; the token goes to this tab's session only. */
export function Login(props: { onSignedIn: (me: Me) => void }) {
  useTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useAction((email: string, password: string) => gql(LOGIN, { email, password }));

  async function submit(event: Event) {
    event.preventDefault();
    const answer = await login.run(email.trim(), password);
    if (!answer) return;
    storeToken(answer.login.accessToken);
    props.onSignedIn(answer.login.user);
  }

  return (
    <main id="main" class="page narrow">
      <h1>Haven</h1>
      <p class="lede">Find, hold and book a safe bed tonight.</p>
      <form onSubmit={submit} class="stack" noValidate>
        <Field id="email" label="Email">
          <input
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </Field>
        <Field id="password" label="Password">
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </Field>
        <ErrorNotice error={login.error} />
        <button type="submit" class="primary" disabled={login.busy}>
          {login.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
