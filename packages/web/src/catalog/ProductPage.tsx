import { RecordPage } from '../records/RecordPage';
import { productRecord } from './productResource';

export default function ProductPage() {
  return <RecordPage decl={productRecord} />;
}
