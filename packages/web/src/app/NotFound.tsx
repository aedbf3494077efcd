import { Link } from 'react-router';
import { EmptyState } from '../ui/states';

export function NotFound() {
  return (
    <div className="page">
      <EmptyState icon="search" title="Page not found" action={<Link className="btn" to="/board">Go to the pipeline</Link>}>
        The address may be mistyped, or the record was deleted.
      </EmptyState>
    </div>
  );
}
