-- The default ketamine/esketamine treatment consent, version 1, covering all four routes.
INSERT INTO consent_document (code, title, created_by, created_at, version)
VALUES ('KETAMINE_TREATMENT', 'Consent to ketamine and esketamine treatment', 'system', '2026-01-01T00:00:00Z', 0);

INSERT INTO consent_document_version (id, document_code, number, procedure_text, risks, benefits, alternatives,
                                      validity_days, material, published_by, published_at)
VALUES ('00000000-0000-4000-8000-00000000c001', 'KETAMINE_TREATMENT', 1,
        'You will receive ketamine or esketamine in the clinic under the supervision of a clinician, with your blood pressure, heart rate and oxygen level monitored before, during and after each dose, and you will stay until the discharge criteria are met.',
        'Dissociation, sedation, increased blood pressure and heart rate, nausea and vomiting, dizziness, headache, bladder symptoms with repeated use, and a potential for misuse. You must not drive until the next day after a session.',
        'Rapid reduction of depressive symptoms and of suicidal thoughts in some patients with treatment-resistant depression.',
        'Continuing or changing antidepressant medication, psychotherapy, electroconvulsive therapy (ECT), transcranial magnetic stimulation (TMS), or no treatment.',
        365, true, 'system', '2026-01-01T00:00:00Z');

INSERT INTO consent_document_route (version_id, route, section) VALUES
('00000000-0000-4000-8000-00000000c001', 'IV', 'Intravenous infusion of racemic ketamine, usually over 40 minutes, dosed by body weight measured on the day; observation for at least 60 minutes after the infusion ends.'),
('00000000-0000-4000-8000-00000000c001', 'IM', 'Intramuscular injection of racemic ketamine dosed by body weight; observation for at least 60 minutes.'),
('00000000-0000-4000-8000-00000000c001', 'ORAL_LOZENGE', 'Oral lozenge of ketamine dissolved in the mouth, dosed by weight or as a fixed dose; observation for at least 60 minutes.'),
('00000000-0000-4000-8000-00000000c001', 'INTRANASAL', 'Intranasal esketamine (28 mg per device, 5 minutes between devices) under the esketamine REMS; observation for at least 120 minutes.');
