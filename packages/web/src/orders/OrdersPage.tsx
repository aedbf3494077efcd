import { RecordList } from '../records/RecordList';
import { orderList } from './orderList';

export default function OrdersPage() {
  return <RecordList decl={orderList} />;
}
