/** Plain records shared by every stage: the task row contract, glossary entries and ingest warnings. */
package org.fenjie.model;
