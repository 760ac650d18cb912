"""Add articles: placeholder (filled in below)."""
import streamlit as st

st.title("Add articles")
