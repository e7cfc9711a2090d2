// Registers cdktf's jest matchers (toHaveResourceWithProperties...) and their types.
import type {} from 'cdktf/lib/testing/adapters/jest';
import { Testing } from '../../src/cdktf';

Testing.setupJest();
