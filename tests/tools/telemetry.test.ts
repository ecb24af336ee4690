// "No telemetry": the office-addin-* tools installed here (office-addin-dev-certs, office-addin-manifest)
// depend on office-addin-usage-data; version 3 removed usage reporting. This test fails if an upgrade
// ever brings a reporting version back, so that it is configured off before it lands.
import { OfficeAddinUsageData } from "office-addin-usage-data";

describe("office-addin tools", () => {
  it("report no usage data", () => {
    const usage = new OfficeAddinUsageData({
      projectName: "orderflow",
      instrumentationKey: "none",
      raisePrompt: false,
    });
    expect(usage.isUsageDataOn()).toBe(false);
    expect(usage.getEventsSent()).toBe(0);
  });
});
