import { Link, useParams } from 'react-router';
import { Icon } from '../ui/Icon';
import { DealDetail } from './DealDetail';

export default function DealPage() {
  const { dealId } = useParams();
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to="/board"><Icon name="arrowLeft" /> Pipeline</Link></nav>
      {dealId && <DealDetail dealId={dealId} />}
    </div>
  );
}
