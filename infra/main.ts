import { App } from './src/cdktf';
import { ENVIRONMENTS, loadStackConfigs } from './src/config';
import { PaymentStack } from './src/payment-stack';

const configs = loadStackConfigs(process.env);
const app = new App();
for (const environment of ENVIRONMENTS) new PaymentStack(app, environment, configs[environment]);
app.synth();
