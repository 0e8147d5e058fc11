import { deliveredTopics, endpointViolations, MAX_ENDPOINTS_PER_PARTNER, rotationViolations } from '../../../src/webhooks/webhook-rules';

const config = { allowedHosts: ['hooks.dpa.example'], allowHttp: false, allowPrivateNetworks: false };
const constraints = (...args: Parameters<typeof endpointViolations>) => endpointViolations(...args).map((v) => `${v.field}:${v.constraint}`);

describe('webhook endpoint rules (issue 14 item 3)', () => {
  it('an endpoint names an allowed https URL and topics its PARTNER reads (ROI-1: no complaint resolutions), up to the limit', () => {
    expect(constraints({ url: 'https://hooks.dpa.example/a', topics: ['EXEMPTION', 'PENALTY'] }, 'PARTNER', 0, config)).toEqual([]);
    expect(constraints({ url: 'https://hooks.dpa.example/a', topics: ['COMPLAINT_RESOLUTION'] }, 'PARTNER', 0, config)).toEqual(['topics:readableTopic']);
    expect(constraints({ url: 'https://hooks.dpa.example/a', topics: [] }, 'PARTNER', 0, config)).toEqual(['topics:arrayNotEmpty']);
    expect(constraints({ url: 'http://hooks.dpa.example/a', topics: ['CLOSURE'] }, 'PARTNER', MAX_ENDPOINTS_PER_PARTNER, config))
      .toEqual(['url:httpsOnly', 'input:maxEndpoints']);
  });

  it('EXM-1, MGT-5: deliveries follow what the owner reads in the feed now; an owner deactivated or no longer a feed reader is sent nothing', () => {
    expect(deliveredTopics(['EXEMPTION', 'PENALTY', 'COMPLAINT_RESOLUTION'], { role: 'PARTNER', active: true })).toEqual(['EXEMPTION', 'PENALTY']);
    expect(deliveredTopics(['EXEMPTION'], { role: 'PARTNER', active: false })).toEqual([]);
    expect(deliveredTopics(['EXEMPTION'], { role: 'CASE_MANAGER', active: true })).toEqual([]);
    expect(deliveredTopics(['COMPLAINT_RESOLUTION'], { role: 'WSTA', active: true })).toEqual(['COMPLAINT_RESOLUTION']);
  });

  it('a rotation keeps the previous secret 0 to 168 whole hours', () => {
    for (const hours of [0, 24, 168]) expect(rotationViolations(hours)).toEqual([]);
    for (const hours of [-1, 169, 1.5]) expect(rotationViolations(hours).map((v) => v.field)).toEqual(['previousSecretValidForHours']);
  });
});
