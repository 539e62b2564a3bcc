import { Link } from 'wouter';
import { PageTitle } from '../components/page-title';
import { paths } from '../config/paths';

export function NotFoundScreen({ path }: { path: string }) {
  return (
    <div className="screen container narrow">
      <PageTitle title="Page not found" />
      <h1>Page not found</h1>
      <p>
        There is no screen at <code>{`#${path}`}</code>.
      </p>
      <p>
        <Link href={paths.home.href()} className="button button-primary">
          Back to home
        </Link>
      </p>
    </div>
  );
}
