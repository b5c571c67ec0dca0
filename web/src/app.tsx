import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql, onSignedOut, signOut } from './api';
import { graphql } from './gql';
import { CommissionerApp } from './commissioner';
import { DutyOfficerApp } from './duty';
import { Login } from './login';
import { ProviderApp } from './provider';
import { useRoute } from './route';
import { storedToken, type Me } from './session';
import { SupportWorkerApp } from './worker';
import { ErrorNotice, Layout, Loading } from './kit/ui';

const ME = graphql(`
  query Me {
    me {
      id
      displayName
      role
      organisation {
        id
        name
      }
    }
  }
`);

/** Who is signed in decides which views there are; no token, the sign-in form. */
export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [signedIn, setSignedIn] = useState(() => storedToken() !== null);
  const route = useRoute();

  useEffect(
    () =>
      onSignedOut(() => {
        setMe(null);
        setSignedIn(false);
      }),
    [],
  );

  useEffect(() => {
    if (!signedIn || me) return;
    gql(ME, {})
      .then((answer) => setMe(answer.me))
      .catch((caught: ApiError) => setError(caught));
  }, [signedIn, me]);

  if (!signedIn) {
    return (
      <Login
        onSignedIn={(user) => {
          setMe(user);
          setError(undefined);
          setSignedIn(true);
        }}
      />
    );
  }
  if (!me) {
    return (
      <main id="main" class="page">
        {error ? (
          <>
            <ErrorNotice error={error} />
            <button type="button" onClick={signOut}>
              Sign in again
            </button>
          </>
        ) : (
          <Loading />
        )}
      </main>
    );
  }
  switch (me.role) {
    case 'DUTY_OFFICER':
      return <DutyOfficerApp me={me} route={route} />;
    case 'PROVIDER_COORDINATOR':
      return <ProviderApp me={me} route={route} />;
    case 'SUPPORT_WORKER':
      return <SupportWorkerApp me={me} route={route} />;
    case 'COMMISSIONER':
    case 'ADMIN':
      return <CommissionerApp me={me} route={route} />;
    default:
      return (
        <Layout me={me} nav={[]} current="">
          <h1>Signed in</h1>
          <p>This page serves duty officers, provider coordinators, support workers and commissioners.</p>
        </Layout>
      );
  }
}
