#pragma once

#include <QByteArray>

namespace dpodesk {

/// The record of processing activities and the systems catalogue of the demo's fictional organisation, an e-mailing
/// service provider, as the CSV files a DPO would import (docs/rules.md#the-record-of-processing-activities): prospects
/// kept two years, customers for the contract plus five years, its clients' campaign contacts handled as a
/// processor, a US-hosted analytics tool under standard contractual clauses, the staff.
struct DemoRecord {
    static QByteArray systemsCsv();
    static QByteArray activitiesCsv();
};

} // namespace dpodesk
