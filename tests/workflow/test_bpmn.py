"""The BPMN export: well-formed BPMN 2.0 XML with every step, lane and flow, and a diagram for the tools."""

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from workbook_helpers.workflow import bpmn

NS = {"bpmn": bpmn.BPMN_NS, "bpmndi": bpmn.BPMNDI_NS, "dc": bpmn.DC_NS, "di": bpmn.DI_NS}


def steps() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "step": ["Modtag ansøgning", "Tjek <bilag> & CPR", "Afgør", "Send brev"],
            "actor": ["Borgerservice", "Sagsbehandler", "Leder", "Sagsbehandler"],
            "system": ["Mail", "KSD", "", "Digital Post"],
            "minutes": [5, 20, 10, 2.5],
            "per_year": [1200, 1200, 1200, 1200],
            "error_rate": [0, 0.1, 0, 0],
        }
    )


@pytest.fixture
def root() -> ET.Element:
    return ET.fromstring(bpmn.to_bpmn(steps(), name="Ansøgning om tilskud").encode("utf-8"))


def test_root_is_bpmn_definitions(root):
    assert root.tag == f"{{{bpmn.BPMN_NS}}}definitions"
    assert root.get("targetNamespace")


def test_every_step_is_a_task_in_order(root):
    tasks = root.findall("bpmn:process/bpmn:task", NS)
    assert [t.get("name") for t in tasks] == steps()["step"].tolist()  # special characters survive escaping
    assert "20 min. pr. gang" in tasks[1].find("bpmn:documentation", NS).text
    assert "1.200 gange pr. år" in tasks[1].find("bpmn:documentation", NS).text


def test_one_lane_per_actor_holding_its_tasks(root):
    lanes = root.findall("bpmn:process/bpmn:laneSet/bpmn:lane", NS)
    assert [lane.get("name") for lane in lanes] == ["Borgerservice", "Sagsbehandler", "Leder"]
    tasks = {t.get("id"): t.get("name") for t in root.findall("bpmn:process/bpmn:task", NS)}
    members = {lane.get("name"): [r.text for r in lane.findall("bpmn:flowNodeRef", NS)] for lane in lanes}
    assert [tasks[r] for r in members["Sagsbehandler"] if r in tasks] == ["Tjek <bilag> & CPR", "Send brev"]
    assert "StartEvent_1" in members["Borgerservice"]
    assert "EndEvent_1" in members["Sagsbehandler"]
    every_node = [r for refs in members.values() for r in refs]
    assert len(every_node) == len(set(every_node)) == 6  # each node in exactly one lane


def test_sequence_flows_chain_start_tasks_end(root):
    process = root.find("bpmn:process", NS)
    flows = process.findall("bpmn:sequenceFlow", NS)
    chain = [(f.get("sourceRef"), f.get("targetRef")) for f in flows]
    assert chain == [
        ("StartEvent_1", "Task_1"),
        ("Task_1", "Task_2"),
        ("Task_2", "Task_3"),
        ("Task_3", "Task_4"),
        ("Task_4", "EndEvent_1"),
    ]
    assert process.find("bpmn:startEvent", NS) is not None and process.find("bpmn:endEvent", NS) is not None
    task_2 = process.find("bpmn:task[@id='Task_2']", NS)
    assert task_2.find("bpmn:incoming", NS).text == "Flow_2"
    assert task_2.find("bpmn:outgoing", NS).text == "Flow_3"


def test_pool_references_the_process(root):
    participant = root.find("bpmn:collaboration/bpmn:participant", NS)
    assert participant.get("processRef") == root.find("bpmn:process", NS).get("id")
    assert participant.get("name") == "Ansøgning om tilskud"


def test_diagram_has_a_shape_for_every_element_and_an_edge_for_every_flow(root):
    plane = root.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane", NS)
    shapes = {s.get("bpmnElement"): s for s in plane.findall("bpmndi:BPMNShape", NS)}
    ids = {e.get("id") for e in root.iter() if e.tag.startswith(f"{{{bpmn.BPMN_NS}}}") and e.get("id")}
    expected = ids - {"Definitions_1", "Collaboration_1", "Process_1", "LaneSet_1"}
    expected -= {f"Flow_{i}" for i in range(1, 6)}
    assert set(shapes) == expected
    for shape in shapes.values():
        bounds = shape.find("dc:Bounds", NS)
        assert float(bounds.get("width")) > 0 and float(bounds.get("height")) > 0
    edges = plane.findall("bpmndi:BPMNEdge", NS)
    assert sorted(e.get("bpmnElement") for e in edges) == [f"Flow_{i}" for i in range(1, 6)]
    assert all(len(e.findall("di:waypoint", NS)) >= 2 for e in edges)


def test_tasks_sit_inside_their_lane(root):
    plane = root.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane", NS)
    bounds = {s.get("bpmnElement"): s.find("dc:Bounds", NS) for s in plane.findall("bpmndi:BPMNShape", NS)}
    for lane in root.findall("bpmn:process/bpmn:laneSet/bpmn:lane", NS):
        lane_box = bounds[lane.get("id")]
        top, bottom = float(lane_box.get("y")), float(lane_box.get("y")) + float(lane_box.get("height"))
        for ref in lane.findall("bpmn:flowNodeRef", NS):
            node = bounds[ref.text]
            assert top <= float(node.get("y")) and float(node.get("y")) + float(node.get("height")) <= bottom


def test_save_writes_a_file(tmp_path):
    path = bpmn.save_bpmn(steps(), tmp_path / "min_arbejdsgang.bpmn")
    assert ET.parse(path).getroot().tag == f"{{{bpmn.BPMN_NS}}}definitions"


def test_bad_steps_are_refused_in_danish():
    with pytest.raises(ValueError, match="Række 1, kolonnen »Aktør/rolle«"):
        bpmn.to_bpmn(steps().assign(actor=""))


def test_control_characters_and_formula_text_still_give_well_formed_xml(tmp_path):
    table = steps()
    table.loc[0, "step"] = '=HYPERLINK("x")\x00\x1b'
    table.loc[1, "actor"] = "Leder\x0c & <chef>"
    path = bpmn.save_bpmn(table, tmp_path / "flow.bpmn", name="Titel\x07 med styretegn")
    root = ET.parse(path).getroot()  # well-formed
    names = [t.get("name") for t in root.iter(f"{{{bpmn.BPMN_NS}}}task")]
    assert names[0] == '=HYPERLINK("x")'
    assert not list(tmp_path.glob(".*tmp*"))
