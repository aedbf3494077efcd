import { RecordList } from '../records/RecordList';
import { productList } from './productResource';

export default function CatalogPage() {
  return <RecordList decl={productList} />;
}
