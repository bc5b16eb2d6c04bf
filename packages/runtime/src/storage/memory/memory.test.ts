import { describeStorageConformance } from '../../testing';
import { memoryStorage } from './memory';

describeStorageConformance('memoryStorage', () => memoryStorage());
