import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { DealDetail } from './DealDetail';

/** The deal over the board (board/deal/:dealId): closing returns to the board with its filters. */
export default function DealDrawer() {
  const { dealId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const close = () => navigate({ pathname: '/board', search: params.toString() });
  if (!dealId) return null;
  return (
    <Dialog open variant="drawer" onClose={close} title="Deal"
      headerExtra={<Link className="btn btn-sm btn-ghost" to={`/deals/${dealId}`}><Icon name="external" /> Open page</Link>}>
      <DealDetail dealId={dealId} onDeleted={close} />
    </Dialog>
  );
}
