import { RecordPage } from '../records/RecordPage';
import { orderRecord } from './orderResource';

export default function OrderPage() {
  return <RecordPage decl={orderRecord} />;
}
