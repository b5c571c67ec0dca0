import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { logOut } from '../log-out';
import type { Me } from '../session';
import { words } from './words';

/** Sets the tab's title (read first by screen readers on each view). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Haven`;
  }, [title]);
}

export interface NavItem {
  href: string;
  label: string;
}

/** The frame of every signed-in view: skip link, who is signed in, navigation, settings, sign out. */
export function Layout(props: { me: Me; nav: NavItem[]; current: string; children: ComponentChildren }) {
  const { me, nav, current, children } = props;
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header class="top">
        <div class="brand">
          <span class="brand-name">Haven</span>
          <span class="who">
            {me.displayName}, {words(me.role)}
            {me.organisation ? `, ${me.organisation.name}` : ''}
          </span>
          {/* Beside the name, not in the navigation: a duty officer's would no longer fit a phone's row. */}
          <a class="settings-link" href="#/settings" aria-current={current === '#/settings' ? 'page' : undefined}>
            Settings
          </a>
        </div>
        <nav aria-label="Main">
          <ul class="nav">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <button type="button" class="link-button" onClick={logOut}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function skipToMain(event: Event) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** An error in plain words: the API's own message, announced to screen readers. */
export function ErrorNotice(props: { error?: ApiError | null }) {
  if (!props.error) return null;
  return (
    <p class="notice notice-error" role="alert">
      {props.error.message}
    </p>
  );
}

export function Loading(props: { label?: string }) {
  return (
    <p class="loading" role="status">
      {props.label ?? 'Loading…'}
    </p>
  );
}

/** A labelled form control; `hint` is read out with the control. */
export function Field(props: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
    </div>
  );
}

/**
 * A status line announced politely when it changes. After an action the card acted on may be gone,
 * so focus moves here: keyboard and screen-reader users keep their place.
 */
export function Status(props: { message: string | null; tone?: 'good' | 'warn' }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (props.message) ref.current?.focus();
  }, [props.message]);
  return (
    <p
      ref={ref}
      tabIndex={-1}
      class={props.message ? `notice notice-${props.tone ?? 'good'}` : 'visually-hidden'}
      role="status"
    >
      {props.message ?? ''}
    </p>
  );
}
