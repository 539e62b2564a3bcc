import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Router, useLocation, useSearchParams } from 'wouter';
import { hashQuery, navigateInHash, useHashPath, useHashSearch } from '../../src/app/hash-location';

afterEach(() => window.history.replaceState(null, '', '/'));

function WhereAmI() {
  const [path] = useLocation();
  const [params] = useSearchParams();
  return <p>{`path=${path} section=${params.get('section') ?? '-'}`}</p>;
}

describe('hash location', () => {
  it('reads the query that follows the route inside the hash', () => {
    expect(hashQuery('#/chapters/a?section=a/b')).toBe('section=a/b');
    expect(hashQuery('#/chapters/a')).toBe('');
  });

  it('keeps the query inside the hash when navigating, not in the page URL', () => {
    navigateInHash('/chapters/kubernetes?section=kubernetes/define-kubernetes');
    expect(window.location.hash).toBe('#/chapters/kubernetes?section=kubernetes/define-kubernetes');
    expect(window.location.search).toBe('');
  });

  it('gives routes the path without the query, and the query to search hooks', () => {
    window.history.replaceState(null, '', '/#/chapters/kubernetes?section=kubernetes/benefits');
    render(
      <Router hook={useHashPath} searchHook={useHashSearch}>
        <WhereAmI />
      </Router>,
    );
    expect(screen.getByText('path=/chapters/kubernetes section=kubernetes/benefits')).toBeInTheDocument();
    act(() => navigateInHash('/'));
    expect(screen.getByText('path=/ section=-')).toBeInTheDocument();
  });

  it('replaces the history entry when asked', () => {
    window.history.replaceState(null, '', '/#/');
    const length = window.history.length;
    navigateInHash('/chapters/a', { replace: true });
    expect(window.history.length).toBe(length);
    expect(window.location.hash).toBe('#/chapters/a');
  });
});
